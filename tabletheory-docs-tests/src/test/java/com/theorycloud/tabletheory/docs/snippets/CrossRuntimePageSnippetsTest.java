package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.query.Page;
import com.theorycloud.tabletheory.query.SortKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/cross-runtime.md, run against the local DynamoDB. */
class CrossRuntimePageSnippetsTest {

    private static Table<Order> orders;

    @BeforeAll
    static void createTableAndItems() {
        TableTheory db = DocsDb.engine();
        orders = DocsDb.table(db, Order.class);
        for (int i = 1; i <= 3; i++) {
            orders.put(new Order("CUSTOMER#42", "ORDER#00" + i, "PAID", null, 0));
        }
    }

    @Test
    void aCursorWrittenByAnotherRuntimeContinuesThePage() {
        // what a Go or TypeScript service sends: URL-safe base64 of the compact cursor JSON (contract golden/cursor)
        String cursorFromGo = Base64.getUrlEncoder().encodeToString(
                "{\"lastKey\":{\"PK\":{\"S\":\"CUSTOMER#42\"},\"SK\":{\"S\":\"ORDER#001\"}},\"sort\":\"ASC\"}"
                        .getBytes(StandardCharsets.UTF_8));
        // region foreign-cursor
        // cursor received from a Go or TypeScript service, for the same table/index and direction
        Page<Order> next = orders.query().partition("PK", "CUSTOMER#42").limit(25).cursor(cursorFromGo).page();
        // endregion
        assertThat(next.items()).extracting(Order::SK).containsExactly("ORDER#002", "ORDER#003");
        assertThat(orders.query().partition("PK", "CUSTOMER#42").limit(1).page().cursor()).isEqualTo(cursorFromGo);
    }

    @Test
    void compareTimestampsAsTimes() {
        Instant since = orders.get(com.theorycloud.tabletheory.Key.of("CUSTOMER#42", "ORDER#002")).createdAt();
        List<Order> found =
        // region as-times
        orders.query().index("gsi-status").partition("status", "PAID").sort(SortKey.ge("createdAt", since)).list(); // Instant
        // endregion
        assertThat(found).extracting(Order::SK).contains("ORDER#002", "ORDER#003").doesNotContain("ORDER#001");
    }
}
