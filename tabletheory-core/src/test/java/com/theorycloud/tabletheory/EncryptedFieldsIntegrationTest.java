package com.theorycloud.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.encryption.DeterministicKeyProvider;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.EncryptedFieldNotQueryableException;
import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.mapping.internal.values.LogicalValues;
import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.WritePolicy;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.operation.OperationEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Encrypted attributes end to end against the local DynamoDB: what is stored, what is read, and what is refused. */
class EncryptedFieldsIntegrationTest {

    private static final DynamoDbClient CLIENT = LocalDynamoDb.shared().client();
    private static final String VAULT_TABLE = LocalDynamoDb.shared().uniqueTableName("vault");
    private static final String RECORD_TABLE = LocalDynamoDb.shared().uniqueTableName("encrypted_records");
    private static final String NOTE_TABLE = LocalDynamoDb.shared().uniqueTableName("secret_notes");

    /** An annotated model: {@code @Encrypted} marks the attributes. */
    @TableTheoryModel(table = "secret_notes")
    record SecretNote(@PartitionKey String PK, @SortKey String SK, String title, @Encrypted String body,
            @Encrypted @OmitEmpty List<String> codes) {
    }

    /** One encrypted attribute per DynamoDB type, an encrypted omit-empty one, a plain one and a version. */
    private static final ModelSchema VAULT = new ModelSchema("Vault", "vault", NamingConvention.CAMEL_CASE,
            new KeyAttribute("PK", DynamoType.S), new KeyAttribute("SK", DynamoType.S), List.of(
                    attr("PK", DynamoType.S, Set.of(AttributeRole.PK), false, false),
                    attr("SK", DynamoType.S, Set.of(AttributeRole.SK), false, false),
                    attr("version", DynamoType.N, Set.of(AttributeRole.VERSION), false, false),
                    attr("note", DynamoType.S, Set.of(), false, false),
                    attr("secret", DynamoType.S, Set.of(), false, true),
                    attr("secretNumber", DynamoType.N, Set.of(), false, true),
                    attr("secretBinary", DynamoType.B, Set.of(), false, true),
                    attr("secretFlag", DynamoType.BOOL, Set.of(), false, true),
                    attr("secretList", DynamoType.L, Set.of(), false, true),
                    attr("secretMap", DynamoType.M, Set.of(), false, true),
                    attr("secretStrings", DynamoType.SS, Set.of(), false, true),
                    attr("secretNumbers", DynamoType.NS, Set.of(), false, true),
                    attr("secretBinaries", DynamoType.BS, Set.of(), false, true),
                    attr("secretOptional", DynamoType.S, Set.of(), true, true)),
            List.of(), WritePolicy.MUTABLE, null);
    private static final List<String> ENCRYPTED = VAULT.attributes().stream().filter(AttributeSchema::encrypted)
            .map(AttributeSchema::name).filter(name -> !name.equals("secretOptional")).toList();
    private static final DocumentItemCodec VAULT_CODEC = DocumentItemCodec.of(VAULT);

    private static final LocalKeyProvider KEYS = LocalKeyProvider.random();
    private static TableTheory db;
    private static Table<Document> vault;

    private static AttributeSchema attr(String name, DynamoType type, Set<AttributeRole> roles, boolean omitEmpty,
            boolean encrypted) {
        return new AttributeSchema(name, name, type, AttributeFormat.NONE, roles, false, omitEmpty, false,
                encrypted);
    }

    @BeforeAll
    static void createTables() {
        db = engine(KEYS);
        vault = db.table(VAULT_CODEC);
        db.ensureTable(VAULT);
    }

    @AfterAll
    static void dropTables() {
        db.deleteTableIfExists(VAULT);
        db.deleteTableIfExists(encryptedRecord());
        db.deleteTableIfExists(db.table(SecretNote.class).schema());
    }

    private static TableTheory engine(@Nullable KeyProvider keys) {
        TableTheory.Builder builder = TableTheory.builder().client(CLIENT)
                .tableNameResolver(schema -> switch (schema.name()) {
                    case "Vault" -> VAULT_TABLE;
                    case "SecretNote" -> NOTE_TABLE;
                    default -> RECORD_TABLE;
                });
        return keys == null ? builder.build() : builder.keyProvider(keys).build();
    }

    private static ModelSchema encryptedRecord() {
        return DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/encrypted-record.yml")).models().get(0);
    }

    private static Document everyType(String pk) {
        return Document.builder().put("PK", pk).put("SK", "PROFILE").put("note", "visible")
                .put("secret", "swordfish").put("secretNumber", new BigDecimal("12.5"))
                .put("secretBinary", new byte[] {1, 2, 3}).put("secretFlag", true)
                .put("secretList", List.of("a", new BigDecimal("1"), Map.of("k", "v")))
                .put("secretMap", Map.of("pin", "pin-canary-5829", "nested", Map.of("deep", true)))
                .put("secretStrings", Set.of("x", "y")).put("secretNumbers", Set.of(new BigDecimal("7")))
                .put("secretBinaries", Set.of(new byte[] {9})).put("secretOptional", "present").build();
    }

    private static Map<String, AttributeValue> raw(String table, String pk) {
        return CLIENT.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("PROFILE")))).item();
    }

    private static void assertEnvelope(AttributeValue value) {
        assertThat(value.type()).isEqualTo(AttributeValue.Type.M);
        assertThat(value.m()).containsOnlyKeys("v", "edk", "nonce", "ct");
        assertThat(value.m().get("v")).isEqualTo(AttributeValue.fromN("1"));
        assertThat(value.m().get("nonce").b().asByteArray()).hasSize(12);
    }

    @Test
    void roundTripsEveryAttributeTypeThroughEncryption() {
        Document item = everyType("VAULT#types");
        Document created = vault.create(item);

        Document read = vault.get(Key.of("VAULT#types", "PROFILE"));
        assertThat(read).isEqualTo(created);
        for (String name : item.names()) {
            assertThat(LogicalValues.looselyEquals(item.get(name), read.get(name))).as(name).isTrue();
        }
        Map<String, AttributeValue> stored = raw(VAULT_TABLE, "VAULT#types");
        ENCRYPTED.forEach(name -> assertEnvelope(stored.get(name)));
        assertEnvelope(stored.get("secretOptional"));
        assertThat(stored.get("note")).isEqualTo(AttributeValue.fromS("visible"));
        assertThat(stored.toString()).doesNotContain("swordfish").doesNotContain("pin-canary-5829");
    }

    @Test
    void updatesEncryptedAttributesAsEnvelopes() {
        Document created = vault.create(everyType("VAULT#update"));
        AttributeValue before = raw(VAULT_TABLE, "VAULT#update").get("secret");

        Document updated = vault.update(created.with("secret", "marlin"), "secret");
        assertThat(updated.get("secret")).isEqualTo("marlin");
        Map<String, AttributeValue> stored = raw(VAULT_TABLE, "VAULT#update");
        assertEnvelope(stored.get("secret"));
        assertThat(stored.get("secret")).isNotEqualTo(before);

        Document full = vault.update(updated.with("secretFlag", false));
        assertThat(full.get("secretFlag")).isEqualTo(false);
        assertThat(vault.get(Key.of("VAULT#update", "PROFILE"))).isEqualTo(full);
    }

    @Test
    void leavesOutAnEmptyOmitEmptyEncryptedAttribute() {
        vault.put(everyType("VAULT#empty").with("secretOptional", ""));
        assertThat(raw(VAULT_TABLE, "VAULT#empty")).doesNotContainKey("secretOptional");

        Document created = vault.get(Key.of("VAULT#empty", "PROFILE"));
        vault.update(created.with("secret", ""), "secret", "secretOptional");
        Map<String, AttributeValue> stored = raw(VAULT_TABLE, "VAULT#empty");
        assertThat(stored).doesNotContainKey("secretOptional");
        assertEnvelope(stored.get("secret"));
        assertThat(vault.get(Key.of("VAULT#empty", "PROFILE")).get("secret")).isEqualTo("");
    }

    @Test
    void refusesModelsWithEncryptedFieldsWithoutAKeyProvider() {
        TableTheory unconfigured = engine(null);

        assertThatThrownBy(() -> unconfigured.table(VAULT_CODEC))
                .isInstanceOf(EncryptionNotConfiguredException.class)
                .hasMessageContaining("Vault").hasMessageContaining("secret").hasMessageContaining("keyProvider");
        assertThatThrownBy(() -> unconfigured.table(DocumentItemCodec.of(encryptedRecord())))
                .isInstanceOf(EncryptionNotConfiguredException.class);
    }

    @Test
    void encryptsTheEncryptedAttributesOfAnnotatedModels() {
        Table<SecretNote> notes = db.table(SecretNote.class);
        db.ensureTable(notes.schema());
        SecretNote note = new SecretNote("NOTE#1", "PROFILE", "groceries", "swordfish", List.of("pin-canary-5829"));

        assertThat(notes.create(note)).isEqualTo(note);
        assertThat(notes.get(Key.of("NOTE#1", "PROFILE"))).isEqualTo(note);
        Map<String, AttributeValue> stored = raw(NOTE_TABLE, "NOTE#1");
        assertEnvelope(stored.get("body"));
        assertEnvelope(stored.get("codes"));
        assertThat(stored.get("title")).isEqualTo(AttributeValue.fromS("groceries"));

        notes.put(new SecretNote("NOTE#2", "PROFILE", "empty", "x", List.of()));
        assertThat(raw(NOTE_TABLE, "NOTE#2")).doesNotContainKey("codes");
        assertThatThrownBy(() -> engine(null).table(SecretNote.class))
                .isInstanceOf(EncryptionNotConfiguredException.class).hasMessageContaining("SecretNote");
    }

    @Test
    void refusesHandBuiltSchemasWithAnEncryptedKey() {
        ModelSchema encryptedKey = new ModelSchema("Broken", "broken", NamingConvention.CAMEL_CASE,
                new KeyAttribute("PK", DynamoType.S), null,
                List.of(attr("PK", DynamoType.S, Set.of(), false, true)), List.of(), WritePolicy.MUTABLE, null);

        assertThatThrownBy(() -> db.table(DocumentItemCodec.of(encryptedKey)))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("'PK' is encrypted");
    }

    @Test
    void sealsValuesSetByUpdateActionsAndRefusesActionsInsideAnEnvelope() {
        vault.create(everyType("VAULT#actions"));
        Key key = Key.of("VAULT#actions", "PROFILE");

        Document updated = vault.update(key, Update.create().set("secret", "marlin")
                .set("secretBinary", AttributeValue.fromB(SdkBytes.fromUtf8String("raw")))
                .setIfNotExists("secretNumber", 99)).orElseThrow();
        assertThat(updated.get("secret")).isEqualTo("marlin");
        assertThat((byte[]) updated.get("secretBinary")).isEqualTo("raw".getBytes(StandardCharsets.UTF_8));
        Map<String, AttributeValue> stored = raw(VAULT_TABLE, "VAULT#actions");
        assertEnvelope(stored.get("secret"));
        assertEnvelope(stored.get("secretBinary"));
        assertThat(stored.toString()).doesNotContain("marlin");

        vault.update(key, Update.create().set("secretOptional", ""));
        assertThat(raw(VAULT_TABLE, "VAULT#actions")).doesNotContainKey("secretOptional");

        for (Update refused : List.of(Update.create().set(AttributePath.parse("secretMap.pin"), "0000"),
                Update.create().remove(AttributePath.parse("secretMap.pin")),
                Update.create().add("secretNumber", 1), Update.create().appendToList("secretList", "x"),
                Update.create().set("note", "n").onlyIf(Condition.eq("secret", "marlin")))) {
            assertThatThrownBy(() -> vault.update(key, refused)).isInstanceOf(TableTheoryException.class)
                    .hasMessageContaining("encrypted")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("marlin").doesNotContain("0000"));
        }
        assertThat(vault.get(key).get("secretMap")).isEqualTo(everyType("x").get("secretMap"));
    }

    @Test
    void refusesEncryptedAttributesInConditions() {
        Document item = everyType("VAULT#conditions");
        vault.create(item);

        for (Condition condition : List.of(Condition.eq("secret", "swordfish"), Condition.attributeExists("secret"),
                Condition.beginsWith("secret", "sword"), Condition.and(Condition.eq("note", "visible"),
                        Condition.attributeNotExists("secretMap")))) {
            assertThatThrownBy(() -> vault.put(item, condition))
                    .isInstanceOf(EncryptedFieldNotQueryableException.class).hasMessageContaining("Vault")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("swordfish"));
            assertThatThrownBy(() -> vault.delete(Key.of("VAULT#conditions", "PROFILE"), condition))
                    .isInstanceOf(EncryptedFieldNotQueryableException.class);
        }
        assertThat(vault.find(Key.of("VAULT#conditions", "PROFILE"))).isPresent();
    }

    @Test
    void rejectsATamperedOrMovedEnvelopeWithoutRevealingThePlaintext() {
        vault.create(everyType("VAULT#tamper"));
        Map<String, AttributeValue> stored = raw(VAULT_TABLE, "VAULT#tamper");

        Map<String, AttributeValue> swapped = new HashMap<>(stored);
        swapped.put("secret", stored.get("secretOptional"));
        swapped.put("secretOptional", stored.get("secret"));
        CLIENT.putItem(b -> b.tableName(VAULT_TABLE).item(swapped));
        assertThatThrownBy(() -> vault.get(Key.of("VAULT#tamper", "PROFILE")))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class).hasMessageContaining("Vault")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("swordfish").doesNotContain("present"));

        Map<String, AttributeValue> flipped = new HashMap<>(stored);
        Map<String, AttributeValue> envelope = new HashMap<>(stored.get("secret").m());
        byte[] ct = envelope.get("ct").b().asByteArray();
        ct[ct.length - 1] ^= 0x40;
        envelope.put("ct", AttributeValue.fromB(SdkBytes.fromByteArray(ct)));
        flipped.put("secret", AttributeValue.fromM(envelope));
        CLIENT.putItem(b -> b.tableName(VAULT_TABLE).item(flipped));
        assertThatThrownBy(() -> vault.get(Key.of("VAULT#tamper", "PROFILE")))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class).hasMessageContaining("'secret'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("swordfish"));
    }

    @Test
    void rejectsPlaintextStoredInAnEncryptedAttribute() {
        Map<String, AttributeValue> plain = new HashMap<>();
        plain.put("PK", AttributeValue.fromS("VAULT#plain"));
        plain.put("SK", AttributeValue.fromS("PROFILE"));
        plain.put("version", AttributeValue.fromN("0"));
        plain.put("secret", AttributeValue.fromS("swordfish"));
        CLIENT.putItem(b -> b.tableName(VAULT_TABLE).item(plain));

        assertThatThrownBy(() -> vault.get(Key.of("VAULT#plain", "PROFILE")))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class).hasMessageContaining("not an envelope")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("swordfish"));
    }

    @Test
    void cannotReadWithAnotherKey() {
        vault.create(everyType("VAULT#otherkey"));
        Table<Document> otherKey = engine(LocalKeyProvider.random()).table(VAULT_CODEC);

        assertThatThrownBy(() -> otherKey.get(Key.of("VAULT#otherkey", "PROFILE")))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class).hasMessageContaining("another key");
    }

    @Test
    void withholdsCodecMessagesThatMayQuoteAnEncryptedValue() {
        Document bad = everyType("VAULT#bad").with("secretNumber", "hunter2-not-a-number");

        assertThatThrownBy(() -> vault.put(bad)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("secretNumber")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void readsTheEnvelopeTheGoRuntimeSeededAndWritesTheSameOne() {
        ModelSchema model = encryptedRecord();
        TableTheory contract = engine(DeterministicKeyProvider.fromSeed(DeterministicKeyProvider.CONTRACT_SEED));
        contract.ensureTable(model);
        Base64.Decoder base64 = Base64.getDecoder();
        Map<String, AttributeValue> envelope = Map.of("v", AttributeValue.fromN("1"),
                "edk", AttributeValue.fromB(SdkBytes.fromByteArray(
                        base64.decode("XONOrWSZhjrF/MJWtfYCHo3ZYuo06RpuWg58Zzp/0fA="))),
                "nonce", AttributeValue.fromB(SdkBytes.fromByteArray(base64.decode("9XnmH4+kMtNp9ww0"))),
                "ct", AttributeValue.fromB(SdkBytes.fromByteArray(
                        base64.decode("87D9/CLvoSycrYqbnc14gtwxznqdQGswoY3be4pyvHAOA2H0wiyK6vQ="))));
        CLIENT.putItem(b -> b.tableName(RECORD_TABLE).item(Map.of("PK", AttributeValue.fromS("ENC#go"),
                "SK", AttributeValue.fromS("PROFILE"), "secret", AttributeValue.fromM(envelope))));

        Document read = contract.table(DocumentItemCodec.of(model)).get(Key.of("ENC#go", "PROFILE"));
        assertThat(read.get("secret")).isEqualTo("swordfish");

        contract.table(DocumentItemCodec.of(model)).create(Document.of(Map.of("PK", "ENC#java", "SK", "PROFILE",
                "secret", "swordfish")));
        assertThat(raw(RECORD_TABLE, "ENC#java").get("secret")).isEqualTo(AttributeValue.fromM(envelope));
    }

    @Test
    void keepsPlaintextOutOfOperationEvents() {
        List<OperationEvent> events = new ArrayList<>();
        Table<Document> observed = TableTheory.builder().client(CLIENT).keyProvider(KEYS)
                .tableNameResolver(schema -> VAULT_TABLE).listener(events::add).build().table(VAULT_CODEC);
        observed.create(everyType("VAULT#events"));
        observed.get(Key.of("VAULT#events", "PROFILE"));

        assertThat(events).hasSize(2);
        assertThat(events.toString()).doesNotContain("swordfish").doesNotContain("pin-canary-5829");
    }
}
