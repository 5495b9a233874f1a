package com.theorycloud.tabletheory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.ProtectedFieldMutationException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.ReturnValues;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.mapping.Document;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Action updates against the local DynamoDB: every action, conditions, return values and lifecycle rules. */
class UpdateIntegrationTest {

    private static Table<Document> events;

    @BeforeAll
    static void createTable() {
        events = QueryTestTables.create(QueryTestTables.eventModel());
    }

    @AfterAll
    static void dropTable() {
        QueryTestTables.drop(events);
    }

    private static Document create(String pk, Map<String, ?> values) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(values);
        all.put("PK", pk);
        all.put("SK", "ITEM");
        return events.create(Document.of(all));
    }

    private static Key key(String pk) {
        return Key.of(pk, "ITEM");
    }

    @Test
    void appliesEveryActionAndReturnsTheNewItem() {
        create("ACTIONS", Map.of("name", "before", "count", 5, "tags", Set.of("a", "b"), "scores", Set.of(1, 2),
                "history", List.of("created"), "profile", Map.of("city", "Oslo", "zip", "0150"),
                "odd.name-ü", "x"));

        Document updated = events.update(key("ACTIONS"), Update.create()
                .set("name", "after")
                .set("odd.name-ü", "y")
                .increment("count")
                .add("tags", Set.of("c"))
                .deleteFromSet("scores", 1)
                .appendToList("history", "updated")
                .set(AttributePath.of("profile").key("city"), "Bergen")
                .remove(AttributePath.of("profile").key("zip"))
                .setIfNotExists("region", "eu")
                .setIfNotExists("status", "ignored-if-present")).orElseThrow();

        assertThat(updated.getString("name")).isEqualTo("after");
        assertThat(updated.getString("odd.name-ü")).isEqualTo("y");
        assertThat(updated.getLong("count")).isEqualTo(6L);
        assertThat(updated.getSet("tags")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(updated.getSet("scores")).extracting(n -> new BigDecimal(n.toString()).intValue())
                .containsExactly(2);
        assertThat(updated.getList("history")).containsExactly("created", "updated");
        assertThat(updated.getMap("profile")).isEqualTo(Map.of("city", "Bergen"));
        assertThat(updated.getString("region")).isEqualTo("eu");

        Document again = events.update(key("ACTIONS"), Update.create().decrement("count").prependToList("history",
                "first").setIfNotExists("region", "us").remove("tags")).orElseThrow();
        assertThat(again.getLong("count")).isEqualTo(5L);
        assertThat(again.getList("history")).containsExactly("first", "created", "updated");
        assertThat(again.getString("region")).isEqualTo("eu");
        assertThat(again.has("tags")).isFalse();
        assertThat(events.get(key("ACTIONS"))).isEqualTo(again);
    }

    @Test
    void appliesLifecycleRules() {
        Document created = create("LIFECYCLE", Map.of("name", "n"));
        Document first = events.update(key("LIFECYCLE"), Update.create().set("name", "m").expectVersion(0))
                .orElseThrow();
        assertThat(first.getLong("version")).isEqualTo(1L);
        assertThat(first.getString("createdAt")).isEqualTo(created.getString("createdAt"));
        assertThat(first.getString("updatedAt")).isGreaterThanOrEqualTo(created.getString("updatedAt"));

        // Without an expected version the version still moves, so stale copies fail their own check.
        Document second = events.update(key("LIFECYCLE"), Update.create().set("name", "o")).orElseThrow();
        assertThat(second.getLong("version")).isEqualTo(2L);

        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().set("name", "p").expectVersion(1)))
                .isInstanceOf(VersionConflictException.class).isInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("expected version 1");
        for (String lifecycle : List.of("createdAt", "updatedAt", "version")) {
            assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().set(lifecycle, "x")))
                    .isInstanceOf(InvalidModelException.class).hasMessageContaining("'" + lifecycle + "'");
        }
        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().set("SK", "other")))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("primary key");
        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().set("nope", 1)))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create()))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("no actions");
        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().add("name", 1)))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("ADD");
        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().deleteFromSet("count", 1)))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("DELETE");
        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().appendToList("name", "x")))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("list_append");
        assertThatThrownBy(() -> events.update(key("LIFECYCLE"), Update.create().set("name", "a").remove("name")))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("more than one action");
        assertThat(events.get(key("LIFECYCLE")).getString("name")).isEqualTo("o");
    }

    @Test
    void removesExplicitlyEmptyOmitEmptyValues() {
        create("OMIT", Map.of("nickname", "nick", "status", "open", "name", "keep", "tags", Set.of("t")));
        Document updated = events.update(key("OMIT"), Update.create().set("nickname", "").set("tags", Set.of())
                .set("status", null).set("name", "")).orElseThrow();
        assertThat(updated.has("nickname")).isFalse();
        assertThat(updated.has("tags")).isFalse();
        assertThat(updated.has("status")).isFalse();
        // Not omit-empty: the empty string is stored.
        assertThat(updated.getString("name")).isEmpty();
    }

    @Test
    void checksConditionsAndNeverCreates() {
        create("COND", Map.of("status", "open", "count", 1));
        assertThatThrownBy(() -> events.update(key("COND"), Update.create().set("name", "x")
                .onlyIf(Condition.eq("status", "closed"))))
                .isInstanceOf(ConditionFailedException.class).isNotInstanceOf(VersionConflictException.class);
        Document ok = events.update(key("COND"), Update.create().set("name", "x")
                .onlyIf(Condition.eq("status", "open")).onlyIf(Condition.lt("count", 5))).orElseThrow();
        assertThat(ok.getString("name")).isEqualTo("x");

        assertThatThrownBy(() -> events.update(key("MISSING"), Update.create().increment("count")))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(events.find(key("MISSING"))).isEmpty();
    }

    @Test
    void returnsWhatWasAskedFor() {
        create("RETURN", Map.of("name", "old", "count", 1));
        assertThat(events.update(key("RETURN"), Update.create().set("name", "new").returning(ReturnValues.NONE)))
                .isEmpty();
        Document old = events.update(key("RETURN"), Update.create().set("name", "newer")
                .returning(ReturnValues.ALL_OLD)).orElseThrow();
        assertThat(old.getString("name")).isEqualTo("new");
        Document updatedOld = events.update(key("RETURN"), Update.create().set("name", "newest")
                .returning(ReturnValues.UPDATED_OLD)).orElseThrow();
        assertThat(updatedOld.getString("name")).isEqualTo("newer");
        assertThat(updatedOld.has("count")).isFalse();
        Document updatedNew = events.update(key("RETURN"), Update.create().increment("count")
                .returning(ReturnValues.UPDATED_NEW)).orElseThrow();
        assertThat(updatedNew.names()).containsExactlyInAnyOrder("count", "updatedAt", "version");
        assertThat(updatedNew.getLong("count")).isEqualTo(2L);
    }

    @Test
    void obeysTheWritePolicyAndReportsTheOperation() {
        create("POLICY", Map.of("name", "n", "status", "open"));
        assertThatThrownBy(() -> events.withProtectedAttributes(List.of("status")).update(key("POLICY"),
                Update.create().set("status", "closed")))
                .isInstanceOf(ProtectedFieldMutationException.class).hasMessageContaining("status");
        assertThat(events.get(key("POLICY")).getString("status")).isEqualTo("open");

        int before = QueryTestTables.EVENTS.size();
        events.update(key("POLICY"), Update.create().set("name", "m"));
        assertThat(QueryTestTables.EVENTS.subList(before, QueryTestTables.EVENTS.size()))
                .anySatisfy(event -> {
                    assertThat(event.operation()).isEqualTo(Operation.UPDATE);
                    assertThat(event.tableName()).isEqualTo(events.tableName());
                    assertThat(event.errorCode()).isNull();
                });
    }

    @Test
    void treatsHostileNamesAndValuesAsData() {
        create("HOSTILE", Map.of("name", "n"));
        String hostile = "x = :v0, #n0 = :v1 REMOVE #n2";
        Document updated = events.update(key("HOSTILE"), Update.create().set("name", hostile)
                .set(AttributePath.of("profile"), Map.of("SET #n0 = :v0", hostile))).orElseThrow();
        assertThat(updated.getString("name")).isEqualTo(hostile);
        assertThat(updated.getMap("profile")).isEqualTo(Map.of("SET #n0 = :v0", hostile));
        assertThatThrownBy(() -> events.update(key("HOSTILE"), Update.create().set("name) REMOVE (PK", "x")))
                .isInstanceOf(InvalidOperatorException.class);
    }
}
