/**
 * DynamoDB transactions: {@link com.theorycloud.tabletheory.transaction.TransactWrite} (up to 100 writes and
 * condition checks that succeed or fail together, with the models' lifecycle rules) and
 * {@link com.theorycloud.tabletheory.transaction.TransactGet} (a consistent snapshot of up to 100 items).
 */
@NullMarked
package com.theorycloud.tabletheory.transaction;

import org.jspecify.annotations.NullMarked;
