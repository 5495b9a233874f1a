package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.DynamoType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores any object as a native DynamoDB map by way of a Jackson tree ({@code @Json} properties).
 */
final class JsonConverter implements AttributeConverter<Object> {

    private final ObjectMapper mapper;
    private final JavaType type;

    JsonConverter(ObjectMapper mapper, java.lang.reflect.Type type) {
        this.mapper = mapper;
        this.type = mapper.getTypeFactory().constructType(type);
    }

    @Override
    public DynamoType storedType() {
        return DynamoType.M;
    }

    @Override
    public AttributeValue write(Object value) {
        JsonNode tree;
        try {
            tree = mapper.valueToTree(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Jackson cannot serialize " + value.getClass().getName() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (!tree.isObject()) {
            throw new IllegalArgumentException("@Json values must serialize to a JSON object (stored as M), but "
                    + value.getClass().getName() + " serialized to " + tree.getNodeType());
        }
        return JsonTrees.toAttributeValue(tree);
    }

    @Override
    public Object read(AttributeValue value) {
        if (!value.hasM()) {
            throw StoredValues.mismatch("M", value);
        }
        try {
            return mapper.treeToValue(JsonTrees.toJsonNode(value), type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Jackson cannot read the stored map as " + type + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
