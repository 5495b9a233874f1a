package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.DynamoType;

/**
 * The converter chosen for a property's type, with the DynamoDB type and format it stores.
 *
 * @param converter the converter
 * @param type      the stored DynamoDB type
 * @param format    the stored format
 */
public record ResolvedConverter(AttributeConverter<Object> converter, DynamoType type, AttributeFormat format) {
}
