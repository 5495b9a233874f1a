/**
 * Spring Boot auto-configuration for TableTheory: the {@code tabletheory.*} properties and the connection facts shared
 * by every concern (client, local server, engine).
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
