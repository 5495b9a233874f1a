/**
 * Auto-configuration of the opt-in local DynamoDB server (tabletheory-local) for development and tests.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.local;

import org.jspecify.annotations.NullMarked;
