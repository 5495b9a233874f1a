/**
 * Testcontainers service connections for TableTheory: a DynamoDB-compatible container annotated with
 * {@code @ServiceConnection} (amazon/dynamodb-local, LocalStack, or any container named {@code "dynamodb"}) becomes the
 * application's {@link com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails}. Used only
 * when spring-boot-testcontainers and Testcontainers are on the test class path.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.test.testcontainers;

import org.jspecify.annotations.NullMarked;
