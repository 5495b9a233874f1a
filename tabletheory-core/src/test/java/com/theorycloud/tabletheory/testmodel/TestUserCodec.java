package com.theorycloud.tabletheory.testmodel;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.expression.internal.PlainValues;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.mapping.internal.values.DynamoNumbers;
import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.model.WritePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A hand-written codec for {@link TestUser}, shaped like the contract's User model (DMS v0.2). */
public final class TestUserCodec implements ItemCodec<TestUser> {

    public static final TestUserCodec INSTANCE = new TestUserCodec("users_contract");

    private final ModelSchema schema;

    public TestUserCodec(String tableName) {
        this.schema = schema(tableName);
    }

    public static ModelSchema schema(String tableName) {
        List<AttributeSchema> attributes = List.of(
                attr("PK", DynamoType.S, AttributeFormat.NONE, Set.of(AttributeRole.PK), false),
                attr("SK", DynamoType.S, AttributeFormat.NONE, Set.of(AttributeRole.SK), false),
                attr("emailHash", DynamoType.S, AttributeFormat.NONE, Set.of(), true),
                attr("nickname", DynamoType.S, AttributeFormat.NONE, Set.of(), true),
                attr("tags", DynamoType.SS, AttributeFormat.NONE, Set.of(), true),
                new AttributeSchema("profile", "profile", DynamoType.M, AttributeFormat.NONE, Set.of(), false, true,
                        true, false),
                attr("createdAt", DynamoType.S, AttributeFormat.RFC3339NANO, Set.of(AttributeRole.CREATED_AT), false),
                attr("updatedAt", DynamoType.S, AttributeFormat.RFC3339NANO, Set.of(AttributeRole.UPDATED_AT), false),
                attr("version", DynamoType.N, AttributeFormat.INT, Set.of(AttributeRole.VERSION), false),
                attr("ttl", DynamoType.N, AttributeFormat.UNIX_SECONDS, Set.of(AttributeRole.TTL), true));
        IndexSchema gsi = new IndexSchema("gsi-email", IndexType.GSI, new KeyAttribute("emailHash", DynamoType.S), null,
                ProjectionType.KEYS_ONLY, List.of());
        return new ModelSchema("User", tableName, NamingConvention.CAMEL_CASE, new KeyAttribute("PK", DynamoType.S),
                new KeyAttribute("SK", DynamoType.S), attributes, List.of(gsi), WritePolicy.MUTABLE, TestUser.class);
    }

    private static AttributeSchema attr(String name, DynamoType type, AttributeFormat format, Set<AttributeRole> roles,
            boolean omitEmpty) {
        return new AttributeSchema(name, name, type, format, roles, roles.contains(AttributeRole.PK)
                || roles.contains(AttributeRole.SK), omitEmpty, false, false);
    }

    @Override
    public ModelSchema schema() {
        return schema;
    }

    @Override
    public Map<String, AttributeValue> encode(TestUser item) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        putS(out, "PK", item.pk());
        putS(out, "SK", item.sk());
        putS(out, "emailHash", item.emailHash());
        putS(out, "nickname", item.nickname());
        if (item.tags() != null) {
            out.put("tags", AttributeValue.fromSs(new ArrayList<>(item.tags())));
        }
        if (item.profile() != null) {
            out.put("profile", PlainValues.toAttributeValue(item.profile()));
        }
        putS(out, "createdAt", item.createdAt());
        putS(out, "updatedAt", item.updatedAt());
        if (item.version() != null) {
            out.put("version", AttributeValue.fromN(Long.toString(item.version())));
        }
        if (item.ttl() != null) {
            out.put("ttl", AttributeValue.fromN(Long.toString(item.ttl())));
        }
        return out;
    }

    private static void putS(Map<String, AttributeValue> out, String name, String value) {
        if (value != null) {
            out.put(name, AttributeValue.fromS(value));
        }
    }

    @Override
    public TestUser decode(Map<String, AttributeValue> item) {
        return new TestUser(s(item, "PK"), s(item, "SK"), s(item, "emailHash"), s(item, "nickname"), tags(item),
                profile(item), s(item, "createdAt"), s(item, "updatedAt"), n(item, "version"), n(item, "ttl"));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static Long n(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Long.valueOf(value.n());
    }

    private static Set<String> tags(Map<String, AttributeValue> item) {
        AttributeValue value = item.get("tags");
        if (value == null) {
            return null;
        }
        return value.hasSs() ? new LinkedHashSet<>(value.ss()) : new LinkedHashSet<>();
    }

    private static Map<String, Object> profile(Map<String, AttributeValue> item) {
        AttributeValue value = item.get("profile");
        if (value == null || !value.hasM()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        value.m().forEach((k, v) -> out.put(k, v.s() != null ? v.s() : v.toString()));
        return out;
    }

    @Override
    public AttributeValue encodeValue(String attributeName, Object value) {
        AttributeSchema attribute = schema.attribute(attributeName).orElseThrow(() -> new InvalidModelException(
                "User", "no attribute " + attributeName));
        try {
            return switch (attribute.type()) {
                case S -> AttributeValue.fromS((String) value);
                case N -> AttributeValue.fromN(DynamoNumbers.format((Number) value));
                default -> PlainValues.toAttributeValue(value);
            };
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new InvalidValueException("User", "bad value for " + attributeName + ": " + e.getMessage(), e);
        }
    }
}
