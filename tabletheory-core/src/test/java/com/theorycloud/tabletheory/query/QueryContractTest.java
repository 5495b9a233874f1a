package com.theorycloud.tabletheory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.mapping.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query, scan, paging and count steps of contract scenarios p0/10, p1/01–04 and p1/51, step by step. */
class QueryContractTest {

    private static Table<Document> users;
    private static Table<Document> orders;

    @BeforeAll
    static void createTables() {
        users = QueryTestTables.create(QueryTestTables.contractModel("user.yml", "User"));
        orders = QueryTestTables.create(QueryTestTables.contractModel("order.yml", "Order"));
    }

    @AfterAll
    static void dropTables() {
        QueryTestTables.drop(users);
        QueryTestTables.drop(orders);
    }

    private static void user(String pk, String sk, String email, String nickname) {
        users.create(Document.of(Map.of("PK", pk, "SK", sk, "emailHash", email, "nickname", nickname)));
    }

    private static List<Map<String, Object>> plain(List<Document> items, String... names) {
        return items.stream().map(item -> {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (String name : names) {
                out.put(name, item.get(name));
            }
            return out;
        }).toList();
    }

    @Test
    void queryScanHarnessMatchesTheGoldenCursor() {
        user("USER#QS", "PROFILE#01", "query@example", "one");
        user("USER#QS", "PROFILE#02", "query@example", "two");
        user("USER#OTHER", "PROFILE#01", "other@example", "other");

        Page<Document> first = users.query().partition("PK", "USER#QS")
                .sort(SortKey.beginsWith("SK", "PROFILE#")).descending().limit(1).project("PK", "SK", "nickname")
                .page();
        assertThat(first.items()).hasSize(1);
        assertThat(first.cursor()).isEqualTo("eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSI1FTIn0sIlNLIjp7IlMiOiJQUk9GSUxFIzAy"
                + "In19LCJzb3J0IjoiREVTQyJ9");
        assertThat(plain(first.items(), "PK", "SK", "nickname"))
                .containsExactly(Map.of("PK", "USER#QS", "SK", "PROFILE#02", "nickname", "two"));

        Page<Document> both = users.query().partition("PK", "USER#QS").sort(SortKey.beginsWith("SK", "PROFILE#"))
                .descending().limit(2).project("PK", "SK", "nickname").page();
        assertThat(plain(both.items(), "SK")).containsExactly(Map.of("SK", "PROFILE#02"), Map.of("SK", "PROFILE#01"));

        assertThat(users.query().index("gsi-email").partition("emailHash", "query@example").limit(2)
                .project("PK", "SK", "emailHash").page().items()).hasSize(2);

        assertThat(users.scan().filter(Condition.eq("emailHash", "query@example")).limit(10)
                .project("PK", "SK", "emailHash").page().items()).hasSize(2);
    }

    @Test
    void sortKeyOperatorsSelectTheContractItems() {
        for (String[] row : new String[][] {{"ITEM#001", "one"}, {"ITEM#002", "two"}, {"ITEM#003", "three"},
            {"ITEM#010", "ten"}}) {
            user("USER#QUERY", row[0], "query-semantics@example", row[1]);
        }
        user("USER#OTHER", "ITEM#001", "query-semantics-other@example", "other");

        assertThat(sks(SortKey.eq("SK", "ITEM#002"))).containsExactly("ITEM#002");
        assertThat(sks(SortKey.beginsWith("SK", "ITEM#00"))).containsExactly("ITEM#001", "ITEM#002", "ITEM#003");
        assertThat(sks(SortKey.lt("SK", "ITEM#003"))).containsExactly("ITEM#001", "ITEM#002");
        assertThat(sks(SortKey.le("SK", "ITEM#002"))).containsExactly("ITEM#001", "ITEM#002");
        assertThat(sks(SortKey.gt("SK", "ITEM#002"))).containsExactly("ITEM#003", "ITEM#010");
        assertThat(sks(SortKey.ge("SK", "ITEM#010"))).containsExactly("ITEM#010");
        assertThat(sks(SortKey.between("SK", "ITEM#002", "ITEM#010"))).containsExactly("ITEM#002", "ITEM#003",
                "ITEM#010");
        assertThat(users.query().partition("PK", "USER#QUERY").sort(SortKey.beginsWith("SK", "ITEM#")).descending()
                .limit(2).project("PK", "SK", "nickname").page().items())
                .extracting(item -> item.getString("nickname")).containsExactly("ten", "three");
    }

    private static List<String> sks(SortKey sortKey) {
        return users.query().partition("PK", "USER#QUERY").sort(sortKey).project("PK", "SK", "nickname").list()
                .stream().map(item -> item.getString("SK")).toList();
    }

    @Test
    void keysOnlyIndexReturnsKeysAndRefusesConsistentReads() {
        user("USER#GSI#1", "PROFILE#1", "gsi-keys-only@example", "projected-away");

        List<Document> items = users.query().index("gsi-email").partition("emailHash", "gsi-keys-only@example")
                .project("PK", "SK", "emailHash").list();
        assertThat(plain(items, "PK", "SK", "emailHash")).containsExactly(
                Map.of("PK", "USER#GSI#1", "SK", "PROFILE#1", "emailHash", "gsi-keys-only@example"));
        assertThat(items.get(0).has("nickname")).isFalse();

        // Without a projection a KEYS_ONLY index still returns only what it holds.
        Document whole = users.query().partition("emailHash", "gsi-keys-only@example").first().orElseThrow();
        assertThat(whole.names()).containsExactlyInAnyOrder("PK", "SK", "emailHash");

        assertThatThrownBy(() -> users.query().index("gsi-email").partition("emailHash", "gsi-keys-only@example")
                .consistentRead().page())
                .isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("gsi-email").hasMessageContaining("global secondary index");
    }

    @Test
    void includeIndexProjectsOnlyItsFields() {
        orders.create(Document.of(Map.of("PK", "ORDER#GSI#1", "SK", "META#1", "status", "paid", "amount", 4200,
                "ttl", 1890000000L)));

        List<Document> items = orders.query().index("gsi-status").partition("status", "paid")
                .project("PK", "SK", "status", "createdAt", "amount").list();
        assertThat(items).hasSize(1);
        Document item = items.get(0);
        assertThat(plain(items, "PK", "SK", "status")).containsExactly(
                Map.of("PK", "ORDER#GSI#1", "SK", "META#1", "status", "paid"));
        assertThat(item.getLong("amount")).isEqualTo(4200L);
        assertThat(item.has("ttl")).isFalse();
    }

    @Test
    void cursorWalkMatchesTheGoldenCursorAndEndsEmpty() {
        user("USER#PAGE", "ITEM#001", "pagination@example", "one");
        user("USER#PAGE", "ITEM#002", "pagination@example", "two");
        user("USER#PAGE", "ITEM#003", "pagination@example", "three");

        Page<Document> first = pageQuery(null);
        assertThat(first.cursor()).isEqualTo("eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSI1BBR0UifSwiU0siOnsiUyI6IklURU0jMD"
                + "AyIn19LCJzb3J0IjoiQVNDIn0=");
        assertThat(first.items()).extracting(item -> item.getString("nickname")).containsExactly("one", "two");

        Page<Document> second = pageQuery(first.cursor());
        assertThat(second.items()).extracting(item -> item.getString("nickname")).containsExactly("three");
        assertThat(second.cursor()).isEmpty();
        assertThat(second.hasNext()).isFalse();
    }

    private static Page<Document> pageQuery(String cursor) {
        return users.query().partition("PK", "USER#PAGE").sort(SortKey.beginsWith("SK", "ITEM#")).ascending()
                .limit(2).project("PK", "SK", "nickname").cursor(cursor).page();
    }

    @Test
    void nativeCountCountsWithoutItems() {
        user("USER#COUNT", "ITEM#001", "count@example", "active");
        user("USER#COUNT", "ITEM#002", "count@example", "active");
        user("USER#COUNT", "ITEM#003", "count@example", "inactive");
        user("USER#OTHER_COUNT", "ITEM#001", "other-count@example", "active");

        Query<Document> query = users.query().partition("PK", "USER#COUNT").sort(SortKey.beginsWith("SK", "ITEM#"))
                .filter(Condition.eq("nickname", "active")).project("PK", "SK", "nickname");
        assertThat(query.count()).isEqualTo(2);
        assertThat(query.list()).extracting(item -> item.getString("SK")).containsExactly("ITEM#001", "ITEM#002");

        Scan<Document> scan = users.scan().filter(Condition.eq("emailHash", "count@example"))
                .filter(Condition.eq("nickname", "active")).project("PK", "SK", "emailHash", "nickname");
        assertThat(scan.count()).isEqualTo(2);
        assertThat(scan.list()).extracting(item -> item.getString("SK"))
                .containsExactlyInAnyOrder("ITEM#001", "ITEM#002");
    }
}
