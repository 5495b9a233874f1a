package com.theorycloud.tabletheory.transaction;

import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One transaction action ready to send, with what is needed to explain its failure.
 *
 * @param item   the SDK action
 * @param action the action's kind, model and key
 */
record PlannedWrite(TransactWriteItem item, Cancellations.Action action) {
}
