package com.theorycloud.tabletheory.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Input that looks dangerous but is legal must simply work: attribute names that are DynamoDB reserved words, contain
 * dots, expression punctuation or non-ASCII letters, and values that look like expression syntax are all stored and
 * compared verbatim (the engine always uses placeholders), and duplicate set elements collapse as in any set.
 */
class AwkwardNamesBadInputTest {

    private static final String INJECTION = "x\" OR attribute_exists(pk) OR \"; DROP TABLE accounts; --";

    /** Attribute names chosen to break naive expression building. */
    @TableTheoryModel(table = "awkward")
    record Awkward(@PartitionKey @Attribute("name") String name, @SortKey @Attribute("order") String order,
            @Nullable @Attribute("status") String status, @Nullable @Attribute("a.b") String dotted,
            @Nullable @Attribute("größe 名前") String unicode, @Nullable @Attribute("#x :y") String punctuation,
            @Nullable @Attribute("tags") Set<String> tags) {
    }

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();
    private static final String TABLE = LOCAL.uniqueTableName("awkward");
    private static TableTheory db;
    private static Table<Awkward> table;

    @BeforeAll
    static void createTable() {
        db = TableTheory.builder().client(LOCAL.client()).tableNameResolver(schema -> TABLE).build();
        table = db.table(Awkward.class);
        db.ensureTable(table.schema());
    }

    @AfterAll
    static void dropTable() {
        db.deleteTableIfExists(table.schema());
    }

    @Test
    void storesAndReadsReservedDottedAndUnicodeAttributeNames() {
        Awkward item = new Awkward("N#1", "O#1", "active", "dot", "groß", "hash", Set.of("a"));
        table.create(item);

        assertThat(table.get(Key.of("N#1", "O#1"))).isEqualTo(item);
        var stored = LOCAL.client().getItem(b -> b.tableName(TABLE).key(table.storedKey(Key.of("N#1", "O#1"))))
                .item();
        assertThat(stored).containsKeys("name", "order", "status", "a.b", "größe 名前", "#x :y");
        assertThat(stored.get("a.b")).isEqualTo(AttributeValue.fromS("dot"));
    }

    @Test
    void updatesAndConditionsOnAwkwardNamesWork() {
        table.create(new Awkward("N#2", "O#1", "new", "d", "u", "p", null));

        table.update(Key.of("N#2", "O#1"), Update.create().set("a.b", "dot 2").set("größe 名前", "größer")
                .set("#x :y", "punct 2").onlyIf(Condition.and(Condition.eq("status", "new"),
                        Condition.eq("a.b", "d"), Condition.eq("größe 名前", "u"))));
        table.update(new Awkward("N#2", "O#1", "done", null, null, null, null), "status");

        Awkward read = table.get(Key.of("N#2", "O#1"));
        assertThat(read.dotted()).isEqualTo("dot 2");
        assertThat(read.unicode()).isEqualTo("größer");
        assertThat(read.punctuation()).isEqualTo("punct 2");
        assertThat(read.status()).isEqualTo("done");
        assertThat(table.query().partition("name", "N#2").filter(Condition.eq("a.b", "dot 2"))
                .project("name", "order", "a.b").list()).extracting(Awkward::dotted).containsExactly("dot 2");
    }

    @Test
    void storesValuesThatLookLikeExpressionsVerbatim() {
        table.create(new Awkward("N#3", "O#1", INJECTION, null, INJECTION, null, Set.of(INJECTION)));

        assertThat(table.query().partition("name", "N#3").filter(Condition.eq("status", INJECTION)).list())
                .singleElement().satisfies(a -> {
                    assertThat(a.status()).isEqualTo(INJECTION);
                    assertThat(a.unicode()).isEqualTo(INJECTION);
                    assertThat(a.tags()).containsExactly(INJECTION);
                });
        // The value is data: it matches nothing but itself.
        assertThat(table.query().partition("name", "N#3").filter(Condition.eq("status", "x")).list()).isEmpty();
    }

    @Test
    void collapsesDuplicateSetElements() {
        table.create(new Awkward("N#4", "O#1", null, null, null, null, Set.of("a", "b", "c")));

        table.update(Key.of("N#4", "O#1"), Update.create().deleteFromSet("tags", "a", "a"));
        table.update(Key.of("N#4", "O#1"), Update.create().add("tags", List.of("d", "d")));

        assertThat(table.get(Key.of("N#4", "O#1")).tags()).containsExactlyInAnyOrder("b", "c", "d");
    }
}
