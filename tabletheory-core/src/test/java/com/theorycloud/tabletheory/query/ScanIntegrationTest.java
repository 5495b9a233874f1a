package com.theorycloud.tabletheory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.mapping.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scans against the local DynamoDB, on a table of their own so every item is known. */
class ScanIntegrationTest {

    private static final int ITEMS = 60;
    private static Table<Document> events;

    @BeforeAll
    static void createTable() {
        events = QueryTestTables.create(QueryTestTables.eventModel());
        for (int i = 0; i < ITEMS; i++) {
            events.create(Document.of(Map.of("PK", "SCAN#" + (i % 6), "SK", String.format("ITEM#%03d", i),
                    "count", i, "region", i % 2 == 0 ? "even" : "odd", "rank", i, "name", "n" + i)));
        }
    }

    @AfterAll
    static void dropTable() {
        QueryTestTables.drop(events);
    }

    @Test
    void parallelSegmentsReadEveryItemExactlyOnce() throws InterruptedException, ExecutionException {
        List<Scan<Document>> segments = events.scan().limit(7).segments(4);
        assertThat(segments).hasSize(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            for (Scan<Document> segment : segments) {
                parts.add(pool.submit(() -> segment.stream().map(item -> item.getString("SK")).toList()));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> part : parts) {
                all.addAll(part.get());
            }
            assertThat(all).hasSize(ITEMS).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
        assertThat(events.scan().segment(1, 3).toRequest().totalSegments()).isEqualTo(3);
        assertThatThrownBy(() -> events.scan().segment(3, 3)).isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("segment 3 of 3");
        assertThatThrownBy(() -> events.scan().segment(0, 0)).isInstanceOf(InvalidOperatorException.class);
    }

    @Test
    void pagesFiltersAndProjectsWithCursors() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Document> page = events.scan().filter(Condition.eq("region", "even")).project("SK", "count")
                    .limit(10).cursor(cursor).page();
            page.items().forEach(item -> {
                assertThat(item.names()).containsExactlyInAnyOrder("SK", "count");
                seen.add(item.getString("SK"));
            });
            cursor = page.cursor();
            pages++;
        } while (!cursor.isEmpty());
        assertThat(seen).hasSize(ITEMS / 2).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(ITEMS / 10);
        assertThat(events.scan().filter(Condition.lt("count", 10)).count()).isEqualTo(10);
        assertThat(events.scan().filter(Condition.eq("name", "n7")).first())
                .hasValueSatisfying(item -> assertThat(item.getLong("count")).isEqualTo(7L));
    }

    @Test
    void scansIndexesAndChecksThem() {
        assertThat(events.scan().index("gsi-region-keys").list()).hasSize(ITEMS)
                .allSatisfy(item -> assertThat(item.has("name")).isFalse());
        assertThat(events.scan().index("lsi-rank").consistentRead().filter(Condition.ge("rank", 50)).count())
                .isEqualTo(10);
        assertThatThrownBy(() -> events.scan().index("gsi-region-rank").consistentRead().page())
                .isInstanceOf(InvalidOperatorException.class);
        assertThatThrownBy(() -> events.scan().index("nope").page()).isInstanceOf(IndexNotFoundException.class)
                .hasMessageContaining("nope");
        String indexCursor = events.scan().index("gsi-region-rank").limit(5).page().cursor();
        assertThat(events.scan().index("gsi-region-rank").cursor(indexCursor).list()).hasSize(ITEMS - 5);
    }
}
