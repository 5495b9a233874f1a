package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.query.Page;
import com.theorycloud.tabletheory.query.Scan;
import com.theorycloud.tabletheory.query.SortKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The snippets of docs/querying.md, run against the local DynamoDB. */
class QueryingPageSnippetsTest {

    private static TableTheory db;
    private static Table<User> users;

    @BeforeAll
    static void createTableAndItems() {
        db = DocsDb.engine();
        users = DocsDb.table(db, User.class);
        users.put(User.of("USER#QS", "PROFILE#1", "one"));
        users.put(User.of("USER#QS", "PROFILE#2", "two"));
        users.put(User.of("USER#QE", "PROFILE", "mail").withEmailHash("query@example"));
        users.put(User.of("USER#COUNT", "ITEM#1", "active"));
        users.put(User.of("USER#COUNT", "ITEM#2", "active"));
        users.put(User.of("USER#COUNT", "ITEM#3", "idle"));
        users.put(User.of("USER#EU1", "PROFILE", "low").withRegion("eu", 1L));
        users.put(User.of("USER#EU3", "PROFILE", "high").withRegion("eu", 3L));
        users.put(User.of("FILTERS", "A", "bergen").withDetails(Set.of("x", "y", "z"), Map.of("city", "Bergen"),
                "active"));
        users.put(User.of("FILTERS", "B", "oslo").withDetails(Set.of("x", "y", "z"), Map.of("city", "Oslo"), null));
        users.put(User.of("FILTERS", "C", "few tags").withDetails(Set.of("x"), Map.of("city", "Bergen"), "active"));
        users.put(User.of("USER#1", "A", "a"));
    }

    @Test
    void queriesIndexesFiltersAndScans() {
        // region examples
        Table<User> users = db.table(User.class);

        // One page of a partition, newest first, only three attributes.
        Page<User> page = users.query()
            .partition("PK", "USER#QS")
            .sort(SortKey.beginsWith("SK", "PROFILE#"))
            .descending()
            .limit(1)
            .project("PK", "SK", "nickname")
            .page();
        page.items();   // the items of this page
        page.cursor();  // "" on the last page, else the cursor of the next one

        // A global secondary index, chosen explicitly...
        users.query().index("gsi-email").partition("emailHash", "query@example").limit(2).page();
        // ...or inferred: only one index has the partition key emailHash.
        users.query().partition("emailHash", "query@example").first();   // Optional<User>

        // Filters take any Condition; several filter(...) calls are ANDed.
        users.query().partition("PK", "USER#COUNT")
            .sort(SortKey.beginsWith("SK", "ITEM#"))
            .filter(Condition.eq("nickname", "active"))
            .count();                                                     // native COUNT: 2, no items transferred

        // Scans: filter, project, limit, parallel segments.
        users.scan().filter(Condition.eq("emailHash", "query@example")).limit(10).project("PK", "SK", "emailHash").page();
        List<Scan<User>> segments = users.scan().limit(100).segments(4);  // run each on its own thread
        // endregion
        assertThat(page.items()).extracting(User::SK).containsExactly("PROFILE#2");
        assertThat(page.items().get(0).emailHash()).isNull();
        assertThat(page.hasNext()).isTrue();
        Optional<User> byEmail = users.query().partition("emailHash", "query@example").first();
        assertThat(byEmail).map(User::PK).contains("USER#QE");
        assertThat(users.query().partition("PK", "USER#COUNT").sort(SortKey.beginsWith("SK", "ITEM#"))
                .filter(Condition.eq("nickname", "active")).count()).isEqualTo(2);
        assertThat(segments).hasSize(4);
        assertThat(segments.stream().mapToLong(segment -> segment.list().size()).sum())
                .isEqualTo(users.scan().list().size());
    }

    @Test
    void nameTheIndexWhenTwoShareAPartitionKey() {
        // region two-indexes
        users.query().index("gsi-region-keys").partition("region", "eu").list();
        users.query().partition("region", "eu").sort(SortKey.ge("rank", 2)).list();   // only gsi-region-rank has rank
        // endregion
        assertThat(users.query().index("gsi-region-keys").partition("region", "eu").list()).hasSize(2);
        assertThat(users.query().partition("region", "eu").sort(SortKey.ge("rank", 2)).list()).extracting(User::PK)
                .containsExactly("USER#EU3");
        assertThatThrownBy(() -> {
            // region ambiguous
            users.query().partition("region", "eu").list();
            // endregion
        }).isInstanceOf(InvalidOperatorException.class).hasMessageContaining("gsi-region-rank")
                .hasMessageContaining("gsi-region-keys");
    }

    @Test
    void nestedAndCombinedFilters() {
        List<User> found =
        // region filters
        users.query().partition("PK", "FILTERS")
            .filter(Condition.eq(AttributePath.of("profile").key("city"), "Bergen"))
            .filter(Condition.size("tags").gt(2).or(Condition.attributeNotExists("status")))
            .list();
        // endregion
        assertThat(found).extracting(User::SK).containsExactly("A");
    }

    @Test
    void keysGoInTheKeyCondition() {
        // region key-condition
        users.query().partition("PK", "USER#1").sort(SortKey.eq("SK", "A")).first();
        // endregion
        assertThat(users.query().partition("PK", "USER#1").sort(SortKey.eq("SK", "A")).first()).isPresent();
        assertThatThrownBy(() -> {
            // region key-filter
            users.query().partition("PK", "USER#1").filter(Condition.eq("SK", "A")).first();
            // endregion
        }).isInstanceOf(InvalidOperatorException.class).hasMessageContaining("cannot be filtered");
    }

    @Test
    void theRequestTheEngineWouldSend() {
        // region to-request
        QueryRequest request = users.query().partition("PK", "USER#1").filter(Condition.eq("nickname", "x")).toRequest();
        request.keyConditionExpression();   // "#n0 = :v0"
        request.filterExpression();         // "#n1 = :v1"
        // endregion
        assertThat(request.keyConditionExpression()).isEqualTo("#n0 = :v0");
        assertThat(request.filterExpression()).isEqualTo("#n1 = :v1");
    }
}
