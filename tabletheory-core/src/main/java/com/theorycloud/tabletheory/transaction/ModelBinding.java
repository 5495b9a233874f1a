package com.theorycloud.tabletheory.transaction;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.internal.ItemRequests;
import com.theorycloud.tabletheory.internal.ItemWriter;
import com.theorycloud.tabletheory.internal.ModelValueEncoder;
import com.theorycloud.tabletheory.internal.WritePolicyRules;

/**
 * The engine's single-write rules of one table (or table view with tightened protected attributes), reused by
 * transactions so both apply the same lifecycle, write policy and condition rendering.
 *
 * @param table       the table
 * @param writer      lifecycle and omit-empty rules
 * @param writePolicy the release-state write policy
 * @param requests    request rendering with the engine's own checks
 * @param encoder     condition operand encoding
 */
record ModelBinding(Table<?> table, ItemWriter writer, WritePolicyRules writePolicy, ItemRequests requests,
        ModelValueEncoder encoder) {

    static ModelBinding of(Table<?> table) {
        ModelValueEncoder encoder = new ModelValueEncoder(table.codec());
        return new ModelBinding(table, new ItemWriter(table.schema()), new WritePolicyRules(table.schema()).protecting(table.protectedAttributes()),
                new ItemRequests(table.tableName(), table.schema().partitionKey().name(), encoder, false), encoder);
    }
}
