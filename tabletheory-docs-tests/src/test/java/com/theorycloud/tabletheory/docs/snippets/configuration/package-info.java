/**
 * The code docs/configuration.md shows, started with the Spring Boot auto-configuration against the local DynamoDB
 * by {@code ConfigurationPageSnippetsTest}.
 */
@NullMarked
package com.theorycloud.tabletheory.docs.snippets.configuration;

import org.jspecify.annotations.NullMarked;
