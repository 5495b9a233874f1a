package com.theorycloud.tabletheory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.model.DynamoType;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries against the local DynamoDB: operators, filters, odd names, injection, indexes, paging and streaming. */
class QueryIntegrationTest {

    private static Table<Document> events;

    @BeforeAll
    static void createTable() {
        events = QueryTestTables.create(QueryTestTables.eventModel());
    }

    @AfterAll
    static void dropTable() {
        QueryTestTables.drop(events);
    }

    private static Document event(String pk, String sk, Map<String, ?> more) {
        Map<String, Object> values = new LinkedHashMap<>(more);
        values.put("PK", pk);
        values.put("SK", sk);
        return events.create(Document.of(values));
    }

    private static long calls(Operation operation) {
        return QueryTestTables.EVENTS.stream().filter(e -> e.operation() == operation
                && e.tableName().equals(events.tableName())).count();
    }

    private static List<String> sks(Stream<Document> items) {
        return items.map(item -> item.getString("SK")).toList();
    }

    @Test
    void filtersWithEveryFunctionOnReservedAndOddNames() {
        String pk = "FILTERS";
        event(pk, "A", Map.of("name", "alpha", "status", "open", "count", 3, "odd.name-ü", "x.y-ü",
                "tags", Set.of("red", "blue"), "profile", Map.of("city", "Oslo", "zip", "0150"),
                "history", List.of("created")));
        event(pk, "B", Map.of("name", "beta", "status", "closed", "count", 7, "tags", Set.of("green")));
        event(pk, "C", Map.of("name", "gamma", "count", 12, "profile", Map.of("city", "Bergen")));

        assertThat(filtered(pk, Condition.eq("name", "beta"))).containsExactly("B");
        // <> holds for an absent attribute too, as in DynamoDB.
        assertThat(filtered(pk, Condition.ne("status", "open"))).containsExactly("B", "C");
        assertThat(filtered(pk, Condition.eq("odd.name-ü", "x.y-ü"))).containsExactly("A");
        assertThat(filtered(pk, Condition.attributeExists("status"))).containsExactly("A", "B");
        assertThat(filtered(pk, Condition.attributeNotExists("status"))).containsExactly("C");
        assertThat(filtered(pk, Condition.attributeType("profile", DynamoType.M))).containsExactly("A", "C");
        assertThat(filtered(pk, Condition.beginsWith("name", "ga"))).containsExactly("C");
        assertThat(filtered(pk, Condition.contains("tags", "red"))).containsExactly("A");
        assertThat(filtered(pk, Condition.contains("name", "et"))).containsExactly("B");
        assertThat(filtered(pk, Condition.size("name").eq(4))).containsExactly("B");
        assertThat(filtered(pk, Condition.in("count", 3, 12))).containsExactly("A", "C");
        assertThat(filtered(pk, Condition.between("count", 5, 20))).containsExactly("B", "C");
        assertThat(filtered(pk, Condition.gt("count", 3).and(Condition.lt("count", 10)))).containsExactly("B");
        assertThat(filtered(pk, Condition.eq("name", "alpha").or(Condition.eq("name", "gamma"))))
                .containsExactly("A", "C");
        assertThat(filtered(pk, Condition.not(Condition.eq("name", "alpha")))).containsExactly("B", "C");
        assertThat(filtered(pk, Condition.eq(AttributePath.of("profile").key("city"), "Bergen")))
                .containsExactly("C");
        assertThat(filtered(pk, Condition.eq(AttributePath.of("history").index(0), "created"))).containsExactly("A");
    }

    private static List<String> filtered(String pk, Condition condition) {
        return sks(events.query().partition("PK", pk).filter(condition).stream());
    }

    @Test
    void projectsReservedOddAndNestedPaths() {
        event("PROJECT", "A", Map.of("name", "alpha", "count", 3, "odd.name-ü", "odd", "status", "open",
                "profile", Map.of("city", "Oslo", "zip", "0150")));

        Document item = events.query().partition("PK", "PROJECT").project("PK", "SK", "name", "count", "odd.name-ü")
                .first().orElseThrow();
        assertThat(item.names()).containsExactlyInAnyOrder("PK", "SK", "name", "count", "odd.name-ü");
        assertThat(item.getString("odd.name-ü")).isEqualTo("odd");

        Document nested = events.query().partition("PK", "PROJECT")
                .project(List.of(AttributePath.of("SK"), AttributePath.of("profile").key("city"))).first()
                .orElseThrow();
        assertThat(nested.getMap("profile")).isEqualTo(Map.of("city", "Oslo"));
    }

    @Test
    void injectionTextIsOnlyEverData() {
        String hostile = "X\") OR attribute_exists(PK) OR (\"";
        event("INJECT", "A", Map.of("name", hostile));
        event("INJECT", "B", Map.of("name", "plain"));

        assertThat(events.query().partition("PK", "INJECT) OR begins_with(#n0, :v0").list()).isEmpty();
        assertThat(filtered("INJECT", Condition.eq("name", hostile))).containsExactly("A");
        assertThat(filtered("INJECT", Condition.eq("name", "plain OR 1=1"))).isEmpty();
        // A hostile attribute name is one (absent) attribute, never expression syntax.
        assertThat(filtered("INJECT", Condition.attributeExists("name) OR attribute_exists(PK"))).isEmpty();
        assertThat(filtered("INJECT", Condition.attributeNotExists("#n0 = :v0 OR #n0"))).containsExactly("A", "B");
        assertThat(sks(events.query().partition("PK", "INJECT").sort(SortKey.beginsWith("SK", "\" OR SK > \""))
                .stream())).isEmpty();

        String request = events.query().partition("PK", "INJECT").filter(Condition.eq("name", hostile)).toRequest()
                .toString();
        assertThat(events.query().partition("PK", "INJECT").filter(Condition.eq("name", hostile)).toRequest()
                .filterExpression()).isEqualTo("#n1 = :v1");
        assertThat(request).contains("KeyConditionExpression=#n0 = :v0");
    }

    @Test
    void infersIndexesFromKeysAndNamesCandidatesWhenAmbiguous() {
        event("IDX#1", "A", Map.of("region", "eu-idx", "rank", 2, "name", "a"));
        event("IDX#1", "B", Map.of("region", "eu-idx", "rank", 1, "name", "b"));
        event("IDX#2", "C", Map.of("region", "eu-idx", "rank", 3, "name", "c"));

        // region + rank can only be gsi-region-rank.
        Query<Document> byRank = events.query().partition("region", "eu-idx").sort(SortKey.ge("rank", 2));
        assertThat(byRank.toRequest().indexName()).isEqualTo("gsi-region-rank");
        assertThat(sks(byRank.stream())).containsExactly("A", "C");

        // PK + rank is the local index, which also allows consistent reads.
        Query<Document> local = events.query().partition("PK", "IDX#1").sort(SortKey.between("rank", 1, 2))
                .consistentRead();
        assertThat(local.toRequest().indexName()).isEqualTo("lsi-rank");
        assertThat(sks(local.stream())).containsExactly("B", "A");

        // The table wins for its own partition key.
        assertThat(events.query().partition("PK", "IDX#1").toRequest().indexName()).isNull();

        assertThatThrownBy(() -> events.query().partition("region", "eu-idx").page())
                .isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("gsi-region-rank").hasMessageContaining("gsi-region-keys")
                .hasMessageContaining("index(");
        assertThat(sks(events.query().index("gsi-region-keys").partition("region", "eu-idx").stream()))
                .containsExactlyInAnyOrder("A", "B", "C");

        assertThatThrownBy(() -> events.query().partition("name", "a").page())
                .isInstanceOf(IndexNotFoundException.class)
                .hasMessageContaining("'name'").hasMessageContaining("gsi-region-rank").hasMessageContaining("scan()");
        assertThatThrownBy(() -> events.query().index("gsi-nope").partition("region", "eu-idx").page())
                .isInstanceOf(IndexNotFoundException.class).hasMessageContaining("gsi-nope");
        assertThatThrownBy(() -> events.query().index("gsi-region-keys").partition("PK", "IDX#1").page())
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("gsi-region-keys");
        assertThatThrownBy(() -> events.query().partition("region", "eu-idx").sort(SortKey.ge("rank", 1))
                .consistentRead().page())
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("global secondary index");
    }

    @Test
    void refusesInvalidQueriesBeforeAnyCall() {
        long before = calls(Operation.QUERY);
        assertThatThrownBy(() -> events.query().page()).isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("partition(");
        assertThatThrownBy(() -> events.query().partition("PK", "X").filter(Condition.eq("SK", "A")).page())
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("'SK'");
        assertThatThrownBy(() -> events.query().partition("PK", "X").sort(SortKey.beginsWith("rank", "1")).page())
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("begins_with");
        assertThatThrownBy(() -> events.query().partition("PK", 42).page())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'PK'");
        assertThatThrownBy(() -> events.query().partition("PK", "").page())
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> events.query().partition("PK", "X").limit(0))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("limit");
        assertThat(calls(Operation.QUERY)).isEqualTo(before);
    }

    @Test
    void pagesAcrossPagesWithLimitAndCursor() {
        for (int i = 1; i <= 7; i++) {
            event("PAGES", String.format("ITEM#%02d", i), Map.of("count", i));
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Page<Document> page = events.query().partition("PK", "PAGES").descending().limit(3).cursor(cursor).page();
            seen.addAll(sks(page.items().stream()));
            sizes.add(page.items().size());
            cursor = page.cursor();
        } while (!cursor.isEmpty());
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(seen).containsExactly("ITEM#07", "ITEM#06", "ITEM#05", "ITEM#04", "ITEM#03", "ITEM#02",
                "ITEM#01");

        // A filtered page can be short, or empty, and still have a next page.
        List<Page<Document>> filtered = events.query().partition("PK", "PAGES")
                .filter(Condition.eq("count", 7)).limit(3).pages().toList();
        assertThat(filtered).extracting(page -> page.items().size()).containsExactly(0, 0, 1);
        assertThat(filtered.get(0).hasNext()).isTrue();
        assertThat(events.query().partition("PK", "PAGES").filter(Condition.eq("count", 7)).limit(3).first())
                .hasValueSatisfying(item -> assertThat(item.getString("SK")).isEqualTo("ITEM#07"));
        assertThat(events.query().partition("PK", "PAGES").filter(Condition.eq("count", 99)).first()).isEmpty();
        assertThat(events.query().partition("PK", "PAGES").limit(2).count()).isEqualTo(7);
    }

    @Test
    void streamsMoreThanAThousandItemsLazily() {
        for (int i = 0; i < 1_050; i++) {
            events.put(Document.of(Map.of("PK", "STREAM", "SK", String.format("ITEM#%05d", i), "count", i)));
        }
        long before = calls(Operation.QUERY);
        try (Stream<Document> items = events.query().partition("PK", "STREAM").limit(100).stream()) {
            assertThat(items.limit(150).count()).isEqualTo(150);
        }
        assertThat(calls(Operation.QUERY) - before).as("only the pages needed are read").isEqualTo(2);

        long[] sum = {0};
        long[] count = {0};
        events.query().partition("PK", "STREAM").limit(100).stream().forEach(item -> {
            count[0]++;
            sum[0] += item.getLong("count");
        });
        assertThat(count[0]).isEqualTo(1_050);
        assertThat(sum[0]).isEqualTo(1_049L * 1_050 / 2);
        assertThat(events.query().partition("PK", "STREAM").count()).isEqualTo(1_050);

        int iterated = 0;
        for (Document item : events.query().partition("PK", "STREAM").sort(SortKey.ge("SK", "ITEM#01000"))
                .limit(20).iterable()) {
            assertThat(item.getString("SK")).startsWith("ITEM#010");
            iterated++;
        }
        assertThat(iterated).isEqualTo(50);
    }

    @Test
    void rejectsForeignAndTamperedCursorsBeforeAnyCall() {
        event("CURSOR#1", "A", Map.of("region", "eu-cursor", "rank", 1));
        event("CURSOR#1", "B", Map.of("region", "eu-cursor", "rank", 2));
        event("CURSOR#2", "A", Map.of());
        event("CURSOR#2", "B", Map.of());
        Supplier<Query<Document>> table = () -> events.query().partition("PK", "CURSOR#1").limit(1);
        String tableCursor = table.get().page().cursor();
        String descCursor = table.get().descending().page().cursor();
        String indexCursor = events.query().partition("region", "eu-cursor").sort(SortKey.ge("rank", 0)).limit(1)
                .page().cursor();
        String otherPartition = events.query().partition("PK", "CURSOR#2").limit(1).page().cursor();
        String scanCursor = events.scan().limit(1).page().cursor();
        assertThat(List.of(tableCursor, descCursor, indexCursor, otherPartition, scanCursor)).doesNotContain("");
        assertThat(sks(table.get().cursor(tableCursor).stream())).containsExactly("B");

        long before = calls(Operation.QUERY);
        assertThatThrownBy(() -> table.get().cursor(descCursor).page()).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("DESC");
        assertThatThrownBy(() -> table.get().cursor(indexCursor).page()).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("gsi-region-rank");
        assertThatThrownBy(() -> table.get().cursor(otherPartition).page())
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("partition");
        assertThatThrownBy(() -> events.query().partition("region", "eu-cursor").sort(SortKey.ge("rank", 0))
                .cursor(tableCursor).page()).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> table.get().cursor(tableCursor.substring(0, tableCursor.length() - 6) + "!!").page())
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> table.get().cursor("bm90IGEgY3Vyc29y").page())
                .isInstanceOf(InvalidCursorException.class);
        String wrongKeys = encode("{\"lastKey\":{\"PK\":{\"S\":\"CURSOR#1\"},\"name\":{\"S\":\"A\"}},\"sort\":\"ASC\"}");
        assertThatThrownBy(() -> table.get().cursor(wrongKeys).page()).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("[PK, name]");
        String wrongType = encode("{\"lastKey\":{\"PK\":{\"S\":\"CURSOR#1\"},\"SK\":{\"N\":\"1\"}},\"sort\":\"ASC\"}");
        assertThatThrownBy(() -> table.get().cursor(wrongType).page()).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("'SK'");
        assertThat(calls(Operation.QUERY)).isEqualTo(before);

        long scans = calls(Operation.SCAN);
        assertThatThrownBy(() -> events.scan().cursor(tableCursor).page()).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("scan");
        assertThatThrownBy(() -> events.scan().index("gsi-region-rank").cursor(scanCursor).page())
                .isInstanceOf(InvalidCursorException.class);
        assertThat(calls(Operation.SCAN)).isEqualTo(scans);
        // A cursor without a sort direction (as older runtimes wrote) still resumes a query.
        String unsorted = encode("{\"lastKey\":{\"PK\":{\"S\":\"CURSOR#1\"},\"SK\":{\"S\":\"A\"}}}");
        assertThat(sks(table.get().cursor(unsorted).stream())).containsExactly("B");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void countsOnIndexesAndTakesFirstOrNothing() {
        event("COUNT#1", "A", Map.of("region", "eu-count", "rank", 5));
        event("COUNT#2", "B", Map.of("region", "eu-count", "rank", 6));
        assertThat(events.query().partition("region", "eu-count").sort(SortKey.gt("rank", 5)).count()).isEqualTo(1);
        assertThat(events.query().index("gsi-region-keys").partition("region", "eu-count").count()).isEqualTo(2);
        assertThat(events.query().partition("PK", "COUNT#1").first()).isPresent();
        assertThat(events.query().partition("PK", "COUNT#NONE").first()).isEmpty();
        assertThat(events.query().partition("PK", "COUNT#1").first().orElseThrow().getString("SK")).isEqualTo("A");
    }
}
