/**
 * Auto-configuration of the AWS SDK {@code DynamoDbClient}: HTTP client, retries, region, endpoint and credentials.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import org.jspecify.annotations.NullMarked;
