/**
 * The code docs/testing-local-dynamodb.md shows: a JUnit 5 test on the local DynamoDB, the shared and own servers,
 * and the replaying HTTP client for error paths.
 */
@NullMarked
package com.theorycloud.tabletheory.docs.snippets.local;

import org.jspecify.annotations.NullMarked;
