package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.internal.values.DynamoNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between Jackson trees and DynamoDB attribute values, so JSON documents are stored as native maps that
 * DynamoDB expressions can reach into. Numbers keep their exact decimal value both ways.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private JsonTrees() {
    }

    /** Converts a JSON node to an attribute value: objects to {@code M}, arrays to {@code L}, numbers to {@code N}. */
    public static AttributeValue toAttributeValue(JsonNode node) {
        if (node.isObject()) {
            Map<String, AttributeValue> out = new HashMap<>(Capacity.forSize(node.size()));
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                out.put(property.getKey(), toAttributeValue(property.getValue()));
            }
            return AttributeValue.fromM(out);
        }
        if (node.isArray()) {
            List<AttributeValue> out = new ArrayList<>(node.size());
            for (JsonNode element : node.values()) {
                out.add(toAttributeValue(element));
            }
            return AttributeValue.fromL(out);
        }
        if (node.isString()) {
            return AttributeValue.fromS(node.stringValue());
        }
        if (node.isNumber()) {
            return AttributeValue.fromN(DynamoNumbers.format(node.isIntegralNumber() ? node.bigIntegerValue()
                    : node.decimalValue()));
        }
        if (node.isBoolean()) {
            return AttributeValue.fromBool(node.booleanValue());
        }
        if (node.isBinary()) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(node.binaryValue()));
        }
        if (node.isNull() || node.isMissingNode()) {
            return NULL;
        }
        throw new IllegalArgumentException("JSON node of type " + node.getNodeType() + " cannot be stored");
    }

    /** Converts an attribute value to a JSON node; sets become arrays. */
    public static JsonNode toJsonNode(AttributeValue value) {
        switch (value.type()) {
            case S:
                return NODES.stringNode(value.s());
            case N:
                return number(value.n());
            case BOOL:
                return NODES.booleanNode(value.bool());
            case NUL:
                return NODES.nullNode();
            case B:
                return NODES.binaryNode(value.b().asByteArray());
            case M: {
                ObjectNode out = NODES.objectNode();
                for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                    out.set(entry.getKey(), toJsonNode(entry.getValue()));
                }
                return out;
            }
            case L: {
                ArrayNode out = NODES.arrayNode(value.l().size());
                for (AttributeValue element : value.l()) {
                    out.add(toJsonNode(element));
                }
                return out;
            }
            case SS: {
                ArrayNode out = NODES.arrayNode(value.ss().size());
                value.ss().forEach(s -> out.add(NODES.stringNode(s)));
                return out;
            }
            case NS: {
                ArrayNode out = NODES.arrayNode(value.ns().size());
                value.ns().forEach(n -> out.add(number(n)));
                return out;
            }
            case BS: {
                ArrayNode out = NODES.arrayNode(value.bs().size());
                value.bs().forEach(b -> out.add(NODES.binaryNode(b.asByteArray())));
                return out;
            }
            default:
                throw new IllegalArgumentException("stored value of type " + value.type() + " cannot be read as JSON");
        }
    }

    private static JsonNode number(String text) {
        BigDecimal decimal = new BigDecimal(text);
        if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
            // Whole numbers read back as Jackson would parse them from JSON text: int, then long, then BigInteger.
            java.math.BigInteger integer = decimal.toBigIntegerExact();
            if (integer.bitLength() < 32) {
                return NODES.numberNode(integer.intValue());
            }
            return integer.bitLength() < 64 ? NODES.numberNode(integer.longValue()) : NODES.numberNode(integer);
        }
        return NODES.numberNode(decimal);
    }
}
