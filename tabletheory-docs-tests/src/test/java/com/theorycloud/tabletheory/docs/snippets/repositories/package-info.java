/**
 * The repository interfaces, models and configuration docs/repositories.md shows, run against the local DynamoDB by
 * {@code RepositoriesPageSnippetsTest}. A package of their own, so the configuration's repository scan finds only
 * the page's repository.
 */
@NullMarked
package com.theorycloud.tabletheory.docs.snippets.repositories;

import org.jspecify.annotations.NullMarked;
