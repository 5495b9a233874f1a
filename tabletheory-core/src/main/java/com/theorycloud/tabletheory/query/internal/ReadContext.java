package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import com.theorycloud.tabletheory.mapping.ItemCodec;

/**
 * What a query or scan needs from the table handle it was started from.
 *
 * @param codec          decodes items and encodes key values
 * @param tableName      the resolved table name
 * @param encoder        encodes condition operands with the model's converters
 * @param calls          sends requests through the engine
 * @param reportCapacity whether to ask DynamoDB for consumed capacity
 * @param consistentReads whether reads of the table or a local secondary index are strongly consistent when the query
 *                       or scan does not choose
 * @param <T>            the item type
 */
public record ReadContext<T>(ItemCodec<T> codec, String tableName, ValueEncoder encoder, ReadCalls calls,
        boolean reportCapacity, boolean consistentReads) {
}
