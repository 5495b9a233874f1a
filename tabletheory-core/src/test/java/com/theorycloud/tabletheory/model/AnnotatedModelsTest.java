package com.theorycloud.tabletheory.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.model.ContractModels.EncryptedRecord;
import com.theorycloud.tabletheory.model.ContractModels.NumberPrecision;
import com.theorycloud.tabletheory.model.ContractModels.Order;
import com.theorycloud.tabletheory.model.ContractModels.ReleaseStateActual;
import com.theorycloud.tabletheory.model.ContractModels.ReleaseStateEvent;
import com.theorycloud.tabletheory.model.ContractModels.RenamedOrder;
import com.theorycloud.tabletheory.model.ContractModels.SnakeCaseRecord;
import com.theorycloud.tabletheory.model.ContractModels.StructuredProfileUser;
import com.theorycloud.tabletheory.model.ContractModels.TypeMatrix;
import com.theorycloud.tabletheory.model.ContractModels.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotatedModelsTest {

    private static final KeyAttribute PK = new KeyAttribute("PK", DynamoType.S);
    private static final KeyAttribute SK = new KeyAttribute("SK", DynamoType.S);

    @Test
    void readsOrderExactlyAsItsDmsModel() {
        ModelSchema expected = new ModelSchema("Order", "orders_contract", NamingConvention.CAMEL_CASE, PK, SK,
                List.of(key("PK", AttributeRole.PK), key("SK", AttributeRole.SK),
                        plain("status", DynamoType.S, true), plain("amount", DynamoType.N, true),
                        timestamp("createdAt", AttributeRole.CREATED_AT),
                        timestamp("updatedAt", AttributeRole.UPDATED_AT), version(), ttl()),
                List.of(new IndexSchema("gsi-status", IndexType.GSI, new KeyAttribute("status", DynamoType.S),
                        new KeyAttribute("createdAt", DynamoType.S), ProjectionType.INCLUDE, List.of("amount"))),
                WritePolicy.MUTABLE, Order.class);

        assertThat(AnnotatedModels.schemaOf(Order.class)).isEqualTo(expected);
    }

    @Test
    void resolvesIndexKeysAndExplicitNamesGivenAsPropertyNames() {
        ModelSchema renamed = AnnotatedModels.schemaOf(RenamedOrder.class);
        ModelSchema order = AnnotatedModels.schemaOf(Order.class);

        assertThat(renamed.indexes()).isEqualTo(order.indexes());
        assertThat(renamed.attributes()).extracting(AttributeSchema::name)
                .containsExactlyElementsOf(order.attributes().stream().map(AttributeSchema::name).toList());
        assertThat(renamed.attribute("amount")).hasValueSatisfying(a -> assertThat(a.property()).isEqualTo("total"));
    }

    @Test
    void readsUserWithSetJsonAndKeysOnlyIndex() {
        ModelSchema expected = new ModelSchema("User", "users_contract", NamingConvention.CAMEL_CASE, PK, SK,
                List.of(key("PK", AttributeRole.PK), key("SK", AttributeRole.SK),
                        plain("emailHash", DynamoType.S, true), plain("nickname", DynamoType.S, true),
                        plain("tags", DynamoType.SS, true), json("profile"),
                        timestamp("createdAt", AttributeRole.CREATED_AT),
                        timestamp("updatedAt", AttributeRole.UPDATED_AT), version(), ttl()),
                List.of(new IndexSchema("gsi-email", IndexType.GSI, new KeyAttribute("emailHash", DynamoType.S),
                        null, ProjectionType.KEYS_ONLY, List.of())),
                WritePolicy.MUTABLE, User.class);

        assertThat(AnnotatedModels.schemaOf(User.class)).isEqualTo(expected);
    }

    @Test
    void storesNestedRecordsAsPlainMaps() {
        assertThat(AnnotatedModels.schemaOf(StructuredProfileUser.class).attributes()).containsExactly(
                key("PK", AttributeRole.PK), key("SK", AttributeRole.SK), plain("profile", DynamoType.M, true),
                version());
    }

    @Test
    void appliesSnakeCaseLikeTheOtherRuntimes() {
        ModelSchema schema = AnnotatedModels.schemaOf(SnakeCaseRecord.class);

        assertThat(schema.naming()).isEqualTo(NamingConvention.SNAKE_CASE);
        assertThat(schema.partitionKey()).isEqualTo(new KeyAttribute("pk", DynamoType.S));
        assertThat(schema.sortKey()).isEqualTo(new KeyAttribute("sk", DynamoType.S));
        assertThat(schema.attributes()).extracting(AttributeSchema::name)
                .containsExactly("pk", "sk", "display_name", "email_hash");
        assertThat(schema.attribute("display_name")).hasValueSatisfying(a -> {
            assertThat(a.property()).isEqualTo("displayName");
            assertThat(a.type()).isEqualTo(DynamoType.S);
            assertThat(a.required()).isFalse();
        });
    }

    @Test
    void storesBigNumbersAsDecimalStrings() {
        assertThat(AnnotatedModels.schemaOf(NumberPrecision.class).attributes()).containsExactly(
                key("PK", AttributeRole.PK), key("SK", AttributeRole.SK),
                attribute("largeInteger", DynamoType.N, AttributeFormat.DECIMAL_STRING, false, false),
                attribute("preciseDecimal", DynamoType.N, AttributeFormat.DECIMAL_STRING, false, false));
    }

    @Test
    void mapsEveryTypeOfTheTypeMatrix() {
        assertThat(AnnotatedModels.schemaOf(TypeMatrix.class).attributes())
                .extracting(AttributeSchema::name, AttributeSchema::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PK", DynamoType.S),
                        org.assertj.core.groups.Tuple.tuple("SK", DynamoType.S),
                        org.assertj.core.groups.Tuple.tuple("numberSet", DynamoType.NS),
                        org.assertj.core.groups.Tuple.tuple("binaryBlob", DynamoType.B),
                        org.assertj.core.groups.Tuple.tuple("binarySet", DynamoType.BS),
                        org.assertj.core.groups.Tuple.tuple("flag", DynamoType.BOOL),
                        org.assertj.core.groups.Tuple.tuple("nothing", DynamoType.NULL),
                        org.assertj.core.groups.Tuple.tuple("items", DynamoType.L),
                        org.assertj.core.groups.Tuple.tuple("metadata", DynamoType.M),
                        org.assertj.core.groups.Tuple.tuple("emptyNumberSet", DynamoType.NS),
                        org.assertj.core.groups.Tuple.tuple("emptyBinarySet", DynamoType.BS),
                        org.assertj.core.groups.Tuple.tuple("optionalString", DynamoType.S));
    }

    @Test
    void readsWritePolicies() {
        assertThat(AnnotatedModels.schemaOf(ReleaseStateActual.class).writePolicy())
                .isEqualTo(new WritePolicy(WriteMode.MUTABLE, List.of("pinnedReleaseId")));
        ModelSchema event = AnnotatedModels.schemaOf(ReleaseStateEvent.class);
        assertThat(event.writePolicy()).isEqualTo(new WritePolicy(WriteMode.WRITE_ONCE, List.of()));
        assertThat(event.attribute("recordedAt")).contains(
                attribute("recordedAt", DynamoType.S, AttributeFormat.RFC3339NANO, true, false));
        assertThat(event.attribute("provenance")).contains(json("provenance"));
    }

    @Test
    void marksEncryptedAttributes() {
        assertThat(AnnotatedModels.schemaOf(EncryptedRecord.class).attribute("secret")).contains(
                new AttributeSchema("secret", "secret", DynamoType.S, AttributeFormat.NONE, Set.of(), false, false,
                        false, true));
    }

    @com.theorycloud.tabletheory.annotation.TableTheoryModel(table = "t")
    record ImplicitTimestamps(@com.theorycloud.tabletheory.annotation.PartitionKey String id,
            java.time.Instant createdAt, java.time.OffsetDateTime updatedAt) {
    }

    @com.theorycloud.tabletheory.annotation.TableTheoryModel(table = "t")
    record ExplicitTimestampElsewhere(@com.theorycloud.tabletheory.annotation.PartitionKey String id,
            @com.theorycloud.tabletheory.annotation.CreatedAt java.time.Instant created, java.time.Instant createdAt,
            String updatedAt) {
    }

    @Test
    void treatsTimePropertiesNamedCreatedAtAndUpdatedAtAsLifecycleTimestampsLikeGo() {
        ModelSchema implicit = AnnotatedModels.schemaOf(ImplicitTimestamps.class);
        ModelSchema explicit = AnnotatedModels.schemaOf(ExplicitTimestampElsewhere.class);

        assertThat(implicit.attribute("createdAt")).contains(timestamp("createdAt", AttributeRole.CREATED_AT));
        assertThat(implicit.attribute("updatedAt")).contains(timestamp("updatedAt", AttributeRole.UPDATED_AT));
        assertThat(explicit.attributeWithRole(AttributeRole.CREATED_AT).map(AttributeSchema::name))
                .contains("created");
        assertThat(explicit.attribute("createdAt").map(AttributeSchema::roles)).contains(Set.of());
        assertThat(explicit.attribute("updatedAt").map(AttributeSchema::roles)).contains(Set.of());
    }

    @Test
    void returnsTheSameSchemaEveryTime() {
        assertThat(AnnotatedModels.schemaOf(Order.class)).isSameAs(AnnotatedModels.schemaOf(Order.class));
    }

    static AttributeSchema key(String name, AttributeRole role) {
        return new AttributeSchema(name, name, DynamoType.S, AttributeFormat.NONE, Set.of(role), true, false, false,
                false);
    }

    static AttributeSchema plain(String name, DynamoType type, boolean omitEmpty) {
        return attribute(name, type, AttributeFormat.NONE, omitEmpty, false);
    }

    static AttributeSchema json(String name) {
        return attribute(name, DynamoType.M, AttributeFormat.NONE, true, true);
    }

    static AttributeSchema attribute(String name, DynamoType type, AttributeFormat format, boolean omitEmpty,
            boolean json) {
        return new AttributeSchema(name, name, type, format, Set.of(), false, omitEmpty, json, false);
    }

    static AttributeSchema timestamp(String name, AttributeRole role) {
        return new AttributeSchema(name, name, DynamoType.S, AttributeFormat.RFC3339NANO, Set.of(role), false, false,
                false, false);
    }

    static AttributeSchema version() {
        return new AttributeSchema("version", "version", DynamoType.N, AttributeFormat.INT,
                Set.of(AttributeRole.VERSION), false, false, false, false);
    }

    static AttributeSchema ttl() {
        return new AttributeSchema("ttl", "ttl", DynamoType.N, AttributeFormat.UNIX_SECONDS,
                Set.of(AttributeRole.TTL), false, true, false, false);
    }

    static List<String> names(List<AttributeSchema> attributes) {
        List<String> names = new ArrayList<>();
        attributes.forEach(a -> names.add(a.name()));
        return names;
    }
}
