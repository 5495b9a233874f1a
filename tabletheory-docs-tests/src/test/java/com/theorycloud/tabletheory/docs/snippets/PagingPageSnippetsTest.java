package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.query.Page;
import com.theorycloud.tabletheory.query.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/paging-and-cursors.md, run against the local DynamoDB. */
class PagingPageSnippetsTest {

    private static TableTheory db;
    private static Table<User> users;

    private final List<User> exported = new ArrayList<>();
    private final List<String> checkpoints = new ArrayList<>();

    @BeforeAll
    static void createTableAndItems() {
        db = DocsDb.engine();
        users = DocsDb.table(db, User.class);
        for (int i = 1; i <= 3; i++) {
            users.put(User.of("USER#PAGE", "ITEM#00" + i, "n" + i));
        }
        for (int i = 0; i < 250; i++) {
            users.put(User.of("STREAM", "ITEM#%03d".formatted(i), null));
        }
        users.put(User.of("CURSOR#1", "A", "a"));
        users.put(User.of("CURSOR#1", "B", "b"));
    }

    @Test
    void pagesStreamsAndCheckpoints() {
        // region pages
        // Page 1
        Page<User> first = users.query().partition("PK", "USER#PAGE").sort(SortKey.beginsWith("SK", "ITEM#"))
            .ascending().limit(2).project("PK", "SK", "nickname").page();
        first.cursor();
        // "eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSI1BBR0UifSwiU0siOnsiUyI6IklURU0jMDAyIn19LCJzb3J0IjoiQVNDIn0="

        // Page 2: the same query plus the cursor
        Page<User> second = users.query().partition("PK", "USER#PAGE").sort(SortKey.beginsWith("SK", "ITEM#"))
            .ascending().limit(2).project("PK", "SK", "nickname").cursor(first.cursor()).page();
        second.cursor();    // "" — no further page
        second.hasNext();   // false

        // Every item, fetched page by page as the stream is consumed
        try (Stream<User> all = users.query().partition("PK", "STREAM").limit(100).stream()) {
            all.forEach(this::export);
        }

        // Every page, each with the cursor of the next (e.g. to checkpoint a long job)
        users.scan().limit(500).pages().forEach(p -> checkpoint(p.cursor()));
        // endregion
        assertThat(first.cursor()).isEqualTo(
                "eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSI1BBR0UifSwiU0siOnsiUyI6IklURU0jMDAyIn19LCJzb3J0IjoiQVNDIn0=");
        assertThat(first.items()).extracting(User::SK).containsExactly("ITEM#001", "ITEM#002");
        assertThat(second.items()).extracting(User::SK).containsExactly("ITEM#003");
        assertThat(second.cursor()).isEmpty();
        assertThat(second.hasNext()).isFalse();
        assertThat(exported).hasSize(250);
        assertThat(checkpoints).isNotEmpty().last().isEqualTo("");
    }

    private void export(User user) {
        exported.add(user);
    }

    private void checkpoint(String cursor) {
        checkpoints.add(cursor);
    }

    @Test
    void aCursorBelongsToItsQuery() {
        Page<User> page = users.query().partition("PK", "CURSOR#1").limit(1).page();
        Page<User> next =
        // region same-query
        users.query().partition("PK", "CURSOR#1").limit(1).cursor(page.cursor()).page();
        // endregion
        assertThat(next.items()).extracting(User::SK).containsExactly("B");
        assertThatThrownBy(() -> {
            // region wrong-direction
            String desc = users.query().partition("PK", "CURSOR#1").descending().limit(1).page().cursor();
            users.query().partition("PK", "CURSOR#1").limit(1).cursor(desc).page();
            // endregion
        }).isInstanceOf(InvalidCursorException.class);
    }
}
