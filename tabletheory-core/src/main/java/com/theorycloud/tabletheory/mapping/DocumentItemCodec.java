package com.theorycloud.tabletheory.mapping;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.mapping.internal.values.DocumentAttributeCodec;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@link ItemCodec} for models without a Java class: maps {@link Document}s to DynamoDB items using only the
 * model's schema (each attribute's DMS {@code type} and {@code format}). Use it for DMS-only models and dynamic
 * items.
 *
 * <p>Logical values accepted per type: S — String ({@link java.time.Instant} for {@code rfc3339nano}); N — Number or
 * decimal String ({@code Instant} for {@code unix_seconds}; {@code int}/{@code unix_seconds} must be whole);
 * B — {@code byte[]} or standard base64 text; BOOL — Boolean; NULL — null; L — List; M — Map; SS/NS/BS —
 * collections of the member type (numbers as Number or text, binaries as {@code byte[]} or base64). Any attribute
 * may be {@code null}, stored as DynamoDB {@code NULL}; empty sets are encoded as empty set values and left to the
 * engine's omit-empty and empty-set rules.
 *
 * <p>Logical values read: S → String; N → {@link java.math.BigDecimal}, except {@code decimal_string} → the exact
 * stored decimal text; B → {@code byte[]}; BOOL → Boolean; NULL → null; SS/NS/BS → unmodifiable Set of String,
 * BigDecimal or {@code byte[]} (a stored NULL reads as an empty set, because empty sets are stored as NULL); L/M →
 * unmodifiable List/Map of the same logical values. Stored attributes the model does not declare are not read. To
 * compare decoded documents with hand-written expectations (base64 strings for binaries, lists for sets, numbers as
 * text) use {@code LogicalValues.looselyEquals} from the internal mapping package.
 */
public final class DocumentItemCodec implements ItemCodec<Document> {

    private final ModelSchema schema;
    private final Map<String, DocumentAttributeCodec> codecs;

    private DocumentItemCodec(ModelSchema schema) {
        this.schema = schema;
        Map<String, DocumentAttributeCodec> byName = new LinkedHashMap<>();
        for (AttributeSchema attribute : schema.attributes()) {
            byName.put(attribute.name(), new DocumentAttributeCodec(attribute));
        }
        this.codecs = Map.copyOf(byName);
    }

    /** The codec for a model; build it once and reuse it. */
    public static DocumentItemCodec of(ModelSchema schema) {
        return new DocumentItemCodec(schema);
    }

    @Override
    public ModelSchema schema() {
        return schema;
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidModelException when the document holds an attribute the model does not declare
     */
    @Override
    public Map<String, AttributeValue> encode(Document item) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        item.asMap().forEach((name, value) -> out.put(name, encodeValue(name, value)));
        return out;
    }

    @Override
    public Document decode(Map<String, AttributeValue> item) {
        Document.Builder builder = Document.builder();
        for (AttributeSchema attribute : schema.attributes()) {
            AttributeValue stored = item.get(attribute.name());
            if (stored != null) {
                builder.put(attribute.name(), codecs.get(attribute.name()).decode(stored));
            }
        }
        return builder.build();
    }

    @Override
    public AttributeValue encodeValue(String attributeName, @Nullable Object value) {
        DocumentAttributeCodec codec = codec(attributeName);
        try {
            return codec.encode(value);
        } catch (IllegalArgumentException e) {
            AttributeSchema attribute = schema.attribute(attributeName).orElseThrow();
            throw new InvalidValueException(schema.name(), "Model '" + schema.name() + "', attribute '"
                    + attributeName + "' (type " + attribute.type() + formatSuffix(attribute) + "): " + e.getMessage()
                    + ". Give a value of the attribute's type.", e);
        }
    }

    /**
     * Decodes one stored value of the named attribute to its logical value.
     *
     * @throws InvalidModelException when the model has no such attribute
     */
    public @Nullable Object decodeValue(String attributeName, AttributeValue value) {
        return codec(attributeName).decode(value);
    }

    private DocumentAttributeCodec codec(String attributeName) {
        DocumentAttributeCodec codec = codecs.get(attributeName);
        if (codec == null) {
            throw new InvalidModelException(schema.name(), "Model '" + schema.name() + "' has no attribute '"
                    + attributeName + "'. Declare it in the model's attributes, or remove it from the document "
                    + "(declared: " + String.join(", ", schema.attributesByName().keySet()) + ").");
        }
        return codec;
    }

    private static String formatSuffix(AttributeSchema attribute) {
        return attribute.format() == com.theorycloud.tabletheory.model.AttributeFormat.NONE ? ""
                : ", format " + attribute.format().dmsName();
    }
}
