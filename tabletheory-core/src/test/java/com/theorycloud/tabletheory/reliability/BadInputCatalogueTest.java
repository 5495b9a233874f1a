package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Ttl;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.EncryptedFieldNotQueryableException;
import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.error.ImmutableModelMutationException;
import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.error.ItemTooLargeException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.error.ProtectedFieldMutationException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * A catalogue of misuse: every case must fail with its typed error, the message must name the model and the field
 * (or index, cursor, file and line) and say how to fix it, and the tables must hold exactly what they held before.
 * The messages are printed so docs/reliability.md can quote them.
 */
class BadInputCatalogueTest {

    /** The model most cases misuse: protected owner, an index, numbers, a set and a version. */
    @TableTheoryModel(table = "accounts")
    @WritePolicy(protectedAttributes = "ownerId")
    @GlobalSecondaryIndex(name = "by-owner", partitionKey = "ownerId", sortKey = "name")
    record Account(@PartitionKey String pk, @SortKey String sk, @Nullable String ownerId, @Nullable String name,
            @Nullable BigDecimal amount, @Nullable Double score, @Nullable Set<String> tags, @Version long version) {

        static Account of(String pk, String sk) {
            return new Account(pk, sk, "owner-1", "Ada", new BigDecimal("10.50"), 1.5, Set.of("a"), 0);
        }

        Account withName(@Nullable String value) {
            return new Account(pk, sk, ownerId, value, amount, score, tags, version);
        }

        Account withOwner(@Nullable String value) {
            return new Account(pk, sk, value, name, amount, score, tags, version);
        }

        Account withAmount(@Nullable BigDecimal value) {
            return new Account(pk, sk, ownerId, name, value, score, tags, version);
        }

        Account withScore(@Nullable Double value) {
            return new Account(pk, sk, ownerId, name, amount, value, tags, version);
        }

        Account withTags(@Nullable Set<String> value) {
            return new Account(pk, sk, ownerId, name, amount, score, value, version);
        }

        Account withVersion(long value) {
            return new Account(pk, sk, ownerId, name, amount, score, tags, value);
        }
    }

    /** Write-once: created, never changed or deleted. */
    @TableTheoryModel(table = "ledger")
    @WritePolicy(mode = WriteMode.WRITE_ONCE)
    record LedgerEntry(@PartitionKey String pk, @SortKey String sk, String memo) {
    }

    /** An encrypted attribute. */
    @TableTheoryModel(table = "vault")
    record Vault(@PartitionKey String pk, @SortKey String sk, @Encrypted String secret, String label) {
    }

    // ---- invalid annotated models ----

    record NotAModel(@PartitionKey String pk) {
    }

    @TableTheoryModel(table = "bad")
    record NoPartitionKey(String pk, String name) {
    }

    @TableTheoryModel(table = "bad")
    record TwoPartitionKeys(@PartitionKey String pk, @PartitionKey String other) {
    }

    @TableTheoryModel(table = "bad")
    record TextVersion(@PartitionKey String pk, @Version String version) {
    }

    @TableTheoryModel(table = "bad")
    record TextTtl(@PartitionKey String pk, @Ttl String expires) {
    }

    @TableTheoryModel(table = "bad")
    @GlobalSecondaryIndex(name = "by-missing", partitionKey = "missing")
    record IndexOnUnknown(@PartitionKey String pk, String name) {
    }

    @TableTheoryModel(table = "bad")
    @WritePolicy(protectedAttributes = "missing")
    record ProtectsUnknown(@PartitionKey String pk, String name) {
    }

    @TableTheoryModel(table = "bad")
    record UnstorableType(@PartitionKey String pk, Thread worker) {
    }

    @TableTheoryModel(table = "bad")
    record EncryptedKey(@PartitionKey @Encrypted String pk, String name) {
    }

    @TableTheoryModel(table = "bad")
    record SameAttributeTwice(@PartitionKey String pk, @Attribute("x") String first, @Attribute("x") String second) {
    }

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();
    private static final String PREFIX = LOCAL.uniqueTableName("badinput");
    private static final String DMS = """
            dms_version: "0.2"
            namespace: "reliability"
            models:
              - name: "Thing"
                table:
                  name: "things"
                keys:
                  partition: { attribute: "PK", type: "S" }
                attributes:
                  - attribute: "PK"
                    type: "S"
                    roles: ["pk"]
                  - attribute: "status"
                    type: "S"
            """;

    private static TableTheory db;
    private static Table<Account> accounts;
    private static Table<LedgerEntry> ledger;
    private static Table<Vault> vault;
    private static String ownerCursor;
    private static String tableCursor;

    @BeforeAll
    static void createTables() {
        db = TableTheory.builder().client(LOCAL.client()).keyProvider(LocalKeyProvider.random())
                .tableNameResolver(schema -> PREFIX + "_" + schema.tableName()).build();
        accounts = db.table(Account.class);
        ledger = db.table(LedgerEntry.class);
        vault = db.table(Vault.class);
        db.ensureTable(accounts.schema());
        db.ensureTable(ledger.schema());
        db.ensureTable(vault.schema());
        for (int i = 0; i < 5; i++) {
            accounts.create(Account.of("ACC#1", "S#" + i));
        }
        ledger.create(new LedgerEntry("L#1", "E#1", "opening balance"));
        vault.create(new Vault("V#1", "S#1", "correct horse battery staple", "wifi"));
        tableCursor = accounts.query().partition("pk", "ACC#1").limit(2).page().cursor();
        ownerCursor = accounts.query().index("by-owner").partition("ownerId", "owner-1").limit(2).page().cursor();
    }

    @AfterAll
    static void dropTables() {
        db.deleteTableIfExists(accounts.schema());
        db.deleteTableIfExists(ledger.schema());
        db.deleteTableIfExists(vault.schema());
    }

    /** One misuse: what to run, the error it must raise and the words its message must contain. */
    record Case(String name, Runnable action, Class<? extends TableTheoryException> error, List<String> words) {
    }

    private static Case bad(String name, Class<? extends TableTheoryException> error, Runnable action,
            String... words) {
        return new Case(name, action, error, List.of(words));
    }

    static List<Case> catalogue() {
        Account stored = Account.of("ACC#1", "S#0");
        List<Case> cases = new ArrayList<>();
        // Invalid annotations: refused when the table handle is built.
        cases.add(bad("record without @TableTheoryModel", InvalidModelException.class,
                () -> db.table(NotAModel.class), "NotAModel", "@TableTheoryModel"));
        cases.add(bad("model without a partition key", InvalidModelException.class,
                () -> db.table(NoPartitionKey.class), "NoPartitionKey", "@PartitionKey"));
        cases.add(bad("two partition keys", InvalidModelException.class,
                () -> db.table(TwoPartitionKeys.class), "TwoPartitionKeys", "other"));
        cases.add(bad("text version attribute", InvalidModelException.class,
                () -> db.table(TextVersion.class), "TextVersion", "version"));
        cases.add(bad("text TTL attribute", InvalidModelException.class,
                () -> db.table(TextTtl.class), "TextTtl", "expires"));
        cases.add(bad("index on an unknown attribute", InvalidModelException.class,
                () -> db.table(IndexOnUnknown.class), "IndexOnUnknown", "missing"));
        cases.add(bad("protecting an unknown attribute", InvalidModelException.class,
                () -> db.table(ProtectsUnknown.class), "ProtectsUnknown", "missing"));
        cases.add(bad("property type without converter", InvalidModelException.class,
                () -> db.table(UnstorableType.class), "UnstorableType", "worker"));
        cases.add(bad("encrypted key attribute", InvalidModelException.class,
                () -> db.table(EncryptedKey.class), "EncryptedKey", "pk"));
        cases.add(bad("two properties on one attribute name", InvalidModelException.class,
                () -> db.table(SameAttributeTwice.class), "SameAttributeTwice", "x"));
        // Invalid DMS: refused while parsing, naming file and line.
        cases.add(bad("DMS with broken YAML", InvalidModelException.class,
                () -> DmsLoader.parse(DMS.replace("name: \"things\"", "name: \"things"), "things.yml"),
                "things.yml"));
        cases.add(bad("DMS with an unknown type", InvalidModelException.class,
                () -> DmsLoader.parse(DMS.replace("type: \"S\"\n", "type: \"STRING\"\n"),
                        "things.yml"), "things.yml:", "STRING", "Use one of"));
        cases.add(bad("DMS with an undeclared key attribute", InvalidModelException.class,
                () -> DmsLoader.parse(DMS.replace("partition: { attribute: \"PK\"", "partition: { attribute: \"ID\""),
                        "things.yml"), "things.yml:", "'Thing'", "ID"));
        cases.add(bad("DMS with an unknown role", InvalidModelException.class,
                () -> DmsLoader.parse(DMS.replace("roles: [\"pk\"]", "roles: [\"primary\"]"), "things.yml"),
                "things.yml:", "primary"));
        cases.add(bad("DMS with an unsupported version", InvalidModelException.class,
                () -> DmsLoader.parse(DMS.replace("dms_version: \"0.2\"", "dms_version: \"9\""), "things.yml"),
                "things.yml:1", "dms_version", "Use one of"));
        // Unknown models, attributes and indexes.
        cases.add(bad("unknown model in a DMS document", InvalidModelException.class,
                () -> DmsLoader.parse(DMS, "things.yml").model("Nope"), "Nope", "Thing"));
        cases.add(bad("partial update of an unknown field", InvalidModelException.class,
                () -> accounts.update(stored, "nickname"), "Account", "nickname"));
        cases.add(bad("update builder on an unknown attribute", InvalidOperatorException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().set("nickname", "x")),
                "Account", "nickname"));
        cases.add(bad("query of an unknown index", IndexNotFoundException.class,
                () -> accounts.query().index("by-nothing").partition("ownerId", "x").page(), "Account",
                "by-nothing"));
        // Missing or empty key parts.
        cases.add(bad("create with a null partition key", MissingPrimaryKeyException.class,
                () -> accounts.create(new Account(null, "S#9", "o", "n", null, null, null, 0)), "Account", "pk"));
        cases.add(bad("create with an empty sort key", MissingPrimaryKeyException.class,
                () -> accounts.create(Account.of("ACC#1", "")), "Account", "sk"));
        cases.add(bad("get with an empty sort key", MissingPrimaryKeyException.class,
                () -> accounts.get(Key.of("ACC#1", "")), "Account", "sk"));
        cases.add(bad("delete without the sort key", MissingPrimaryKeyException.class,
                () -> accounts.delete(Key.of("ACC#1")), "Account", "sk"));
        cases.add(bad("batch get with an empty partition key", MissingPrimaryKeyException.class,
                () -> accounts.batchGet(List.of(Key.of("ACC#1", "S#1"), Key.of("", "S#1"))), "Account", "pk"));
        // Size and number limits.
        cases.add(bad("item over 400 KB", ItemTooLargeException.class,
                () -> accounts.put(stored.withName("x".repeat(410 * 1024))), "Account", "409600", "S3"));
        cases.add(bad("update growing an item over 400 KB", ItemTooLargeException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().set("name", "y".repeat(410 * 1024))),
                "Account", "409600", "S3"));
        cases.add(bad("number with 39 significant digits", InvalidValueException.class,
                () -> accounts.put(stored.withAmount(new BigDecimal("123456789012345678901234567890123456789"))),
                "Account", "amount", "38"));
        cases.add(bad("number beyond DynamoDB's exponent range", InvalidValueException.class,
                () -> accounts.put(stored.withAmount(new BigDecimal("1E+126"))), "Account", "amount"));
        cases.add(bad("NaN", InvalidValueException.class,
                () -> accounts.put(stored.withScore(Double.NaN)), "Account", "score", "NaN"));
        cases.add(bad("Infinity", InvalidValueException.class,
                () -> accounts.put(stored.withScore(Double.POSITIVE_INFINITY)), "Account", "score"));
        cases.add(bad("NaN in an update action", InvalidValueException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().set("score", Double.NaN)),
                "Account", "score"));
        cases.add(bad("NaN in a condition", InvalidValueException.class,
                () -> accounts.delete(Key.of("ACC#1", "S#0"), Condition.eq("score", Double.NaN)), "Account",
                "score"));
        // Sets.
        cases.add(bad("adding an empty set", InvalidOperatorException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().add("tags", Set.of())),
                "Account", "tags"));
        cases.add(bad("removing an empty set of elements", InvalidOperatorException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().deleteFromSet("tags")),
                "Account", "tags"));
        cases.add(bad("two actions on one set", InvalidOperatorException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().deleteFromSet("tags", "a")
                        .add("tags", Set.of("d"))), "Account", "tags", "combine"));
        cases.add(bad("empty set in a condition", InvalidValueException.class,
                () -> accounts.delete(Key.of("ACC#1", "S#0"), Condition.eq("tags", Set.of())), "Account", "tags"));
        // Injection attempts are data, never expression syntax.
        cases.add(bad("expression syntax in a condition value", ConditionFailedException.class,
                () -> accounts.delete(Key.of("ACC#1", "S#0"), Condition.eq("name", "x\" OR attribute_exists(pk) OR \"")),
                "Account", "S#0"));
        cases.add(bad("expression syntax in an update attribute name", InvalidOperatorException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().set("name = :v, ownerId", "evil")),
                "Account", "name = :v, ownerId"));
        cases.add(bad("expression syntax in a partial-update field", InvalidModelException.class,
                () -> accounts.update(stored, "name, ownerId"), "Account", "name, ownerId"));
        cases.add(bad("expression syntax in a condition attribute name", ConditionFailedException.class,
                () -> accounts.delete(Key.of("ACC#1", "S#0"),
                        Condition.attributeExists("pk) OR attribute_not_exists(pk")), "Account", "S#0"));
        // Cursors.
        cases.add(bad("cursor that is not base64", InvalidCursorException.class,
                () -> accounts.query().partition("pk", "ACC#1").cursor("%%%not-a-cursor").page(), "cursor"));
        cases.add(bad("cursor with edited JSON", InvalidCursorException.class,
                () -> accounts.query().partition("pk", "ACC#1").cursor(tampered(tableCursor)).page(), "cursor"));
        cases.add(bad("cursor of an index used on the table", InvalidCursorException.class,
                () -> accounts.query().partition("pk", "ACC#1").cursor(ownerCursor).page(), "by-owner"));
        cases.add(bad("cursor of the table used on an index", InvalidCursorException.class,
                () -> accounts.query().index("by-owner").partition("ownerId", "owner-1").cursor(tableCursor).page(),
                "by-owner"));
        // Write policies.
        cases.add(bad("put changing a protected attribute", ProtectedFieldMutationException.class,
                () -> accounts.put(stored.withOwner("intruder")), "Account", "ownerId"));
        cases.add(bad("partial update of a protected attribute", ProtectedFieldMutationException.class,
                () -> accounts.update(stored.withOwner("intruder"), "ownerId"), "Account", "ownerId"));
        cases.add(bad("update builder setting a protected attribute", ProtectedFieldMutationException.class,
                () -> accounts.update(Key.of("ACC#1", "S#0"), Update.create().set("ownerId", "intruder")),
                "Account", "ownerId"));
        cases.add(bad("a call cannot drop model-level protection", ProtectedFieldMutationException.class,
                () -> accounts.withProtectedAttributes(List.of()).update(stored.withOwner("intruder"), "ownerId"),
                "Account", "ownerId"));
        cases.add(bad("batch put on a model with protected attributes", ProtectedFieldMutationException.class,
                () -> accounts.batchWrite(List.of(stored.withOwner("intruder")), List.of()), "Account", "ownerId"));
        cases.add(bad("transaction update of a protected attribute", ProtectedFieldMutationException.class,
                () -> db.transactWrite().update(accounts, stored.withOwner("intruder"), "ownerId").execute(),
                "Account", "ownerId"));
        cases.add(bad("update of a write-once model", ImmutableModelMutationException.class,
                () -> ledger.update(new LedgerEntry("L#1", "E#1", "rewritten"), "memo"), "LedgerEntry"));
        cases.add(bad("delete of a write-once model", ImmutableModelMutationException.class,
                () -> ledger.delete(Key.of("L#1", "E#1")), "LedgerEntry"));
        // Versions and existence.
        cases.add(bad("update with a stale version", VersionConflictException.class,
                () -> accounts.update(stored.withVersion(7).withName("stale"), "name"), "Account", "version"));
        cases.add(bad("create of an existing item", ConditionFailedException.class,
                () -> accounts.create(stored), "Account", "S#0", "put"));
        // Transactions and batches.
        cases.add(bad("transaction with 101 actions", InvalidOperatorException.class,
                () -> hundredAndOne().execute(), "100", "101"));
        cases.add(bad("transaction touching one item twice", InvalidOperatorException.class,
                () -> db.transactWrite().update(accounts, stored.withName("a"), "name")
                        .delete(accounts, Key.of("ACC#1", "S#0")).execute(), "Account", "S#0"));
        cases.add(bad("empty transaction", InvalidOperatorException.class,
                () -> db.transactWrite().execute(), "at least one action"));
        cases.add(bad("batch write listing an item twice", InvalidOperatorException.class,
                () -> vault.batchWrite(List.of(new Vault("V#2", "S#1", "s", "l"), new Vault("V#2", "S#1", "s", "l")),
                        List.of()), "Vault", "V#2", "twice"));
        cases.add(bad("batch write putting and deleting one item", InvalidOperatorException.class,
                () -> vault.batchWrite(List.of(new Vault("V#2", "S#2", "s", "l")), List.of(Key.of("V#2", "S#2"))),
                "Vault", "twice"));
        cases.add(bad("batch get listing a key twice", InvalidOperatorException.class,
                () -> accounts.batchGet(List.of(Key.of("ACC#1", "S#1"), Key.of("ACC#1", "S#1"))), "Account",
                "twice"));
        // Encryption.
        cases.add(bad("encrypted attribute in a condition", EncryptedFieldNotQueryableException.class,
                () -> vault.put(new Vault("V#1", "S#1", "new secret", "wifi"),
                        Condition.eq("secret", "correct horse battery staple")), "Vault", "secret"));
        cases.add(bad("encrypted attribute in a query filter", EncryptedFieldNotQueryableException.class,
                () -> vault.query().partition("pk", "V#1").filter(Condition.beginsWith("secret", "correct"))
                        .page(), "Vault", "secret"));
        cases.add(bad("model with encrypted attributes but no key provider", EncryptionNotConfiguredException.class,
                () -> TableTheory.builder().client(LOCAL.client()).build().table(Vault.class), "Vault", "secret",
                "keyProvider"));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyMisuseGetsATypedErrorAndChangesNothing() {
        List<Case> cases = catalogue();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Map<String, List<Map<String, AttributeValue>>> before = snapshot();
            Throwable thrown = catchThrowable(c.action()::run);
            System.out.println("[bad-input] " + c.name() + " -> "
                    + (thrown == null ? "no error" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage()));
            assertThat(thrown).as(c.name()).isInstanceOf(c.error());
            for (String word : c.words()) {
                assertThat(thrown.getMessage()).as(c.name()).contains(word);
            }
            assertThat(snapshot()).as("tables after: " + c.name()).isEqualTo(before);
        }));
    }

    private static TransactWrite hundredAndOne() {
        TransactWrite tx = db.transactWrite();
        for (int i = 0; i < 101; i++) {
            tx.create(accounts, Account.of("TX#101", "S#" + i));
        }
        return tx;
    }

    /** The cursor with one character of its key changed, re-encoded so only the content is wrong. */
    private static String tampered(String cursor) {
        String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String edited = json.replace("\"pk\"", "\"px\"");
        assertThat(edited).isNotEqualTo(json);
        return Base64.getUrlEncoder().encodeToString(edited.getBytes(StandardCharsets.UTF_8));
    }

    /** Every item of every table of this test, sorted, read with consistent scans. */
    static Map<String, List<Map<String, AttributeValue>>> snapshot() {
        Map<String, List<Map<String, AttributeValue>>> out = new TreeMap<>();
        for (Table<?> table : List.of(accounts, ledger, vault)) {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                ScanRequest.Builder request = ScanRequest.builder().tableName(table.tableName()).consistentRead(true);
                if (start != null) {
                    request.exclusiveStartKey(start);
                }
                var page = LOCAL.client().scan(request.build());
                items.addAll(page.items());
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
            items.sort(java.util.Comparator.comparing(item -> item.get("pk").s() + "\u0000" + item.get("sk").s()));
            out.put(table.tableName(), items);
        }
        return out;
    }
}
