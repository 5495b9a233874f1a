/**
 * Implementation of the local DynamoDB: finding Node.js, installing the pinned dynalite, running the server process.
 */
@NullMarked
package com.theorycloud.tabletheory.local.internal;

import org.jspecify.annotations.NullMarked;
