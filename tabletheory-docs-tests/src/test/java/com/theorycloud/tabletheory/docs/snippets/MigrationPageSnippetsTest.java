package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.query.Page;
import com.theorycloud.tabletheory.spring.data.annotation.AllowScan;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.query.QueryMethodValidationException;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.query.QueryCreationException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The "after" snippets of docs/migration.md, run against the local DynamoDB. */
class MigrationPageSnippetsTest {

    /** The quickstart's todo, as the page shows it. */
    @TableTheoryModel(table = "todos")
    @GlobalSecondaryIndex(name = "by-status", partitionKey = "status", sortKey = "createdAt")
    record Todo(@PartitionKey String owner, @SortKey String todoId, String title, String status,
            @Nullable @CreatedAt Instant createdAt, @Nullable @UpdatedAt Instant updatedAt,
            @Nullable @Version Long version) {

        static Todo of(String owner, String todoId, String title) {
            return new Todo(owner, todoId, title, "open", null, null, null);
        }
    }

    /** The id of a {@link Todo}. */
    record TodoId(String owner, String todoId) {
    }

    interface TodoRepository extends TableTheoryRepository<Todo, TodoId> {

        List<Todo> findByOwner(String owner);

        // region allow-scan
        List<Todo> findByStatusOrderByCreatedAtDesc(String status);          // Query on index by-status

        @AllowScan("nightly export of a small table")
        List<Todo> findByTitleContaining(String text);
        // endregion
    }

    /** The incorrect repository: a scan nobody allowed. */
    interface ScanningTodoRepository extends TableTheoryRepository<Todo, TodoId> {

        List<Todo> findByTitleContaining(String text);
    }

    private static TableTheory tableTheory;
    private static TableTheoryRepositoryFactory factory;

    @BeforeAll
    static void createTable() {
        tableTheory = DocsDb.engine();
        DocsDb.table(tableTheory, Todo.class);
        factory = new TableTheoryRepositoryFactory(new TableTheoryTemplate(tableTheory));
        Table<Todo> table = tableTheory.table(Todo.class);
        for (int i = 0; i < 30; i++) {
            table.create(Todo.of("ada", "2026-11-%02d#task".formatted(i), i == 7 ? "buy milk" : "task " + i));
        }
        table.create(Todo.of("grace", "2026-11-01#compile", "compile"));
    }

    // Counts allow one more "ada" item: createRefusesAnExistingItem may run first.

    @Test
    void repositoryMethodsReadKeysAndIndexesAndScanOnlyWhenAllowed() {
        TodoRepository todos = factory.getRepository(TodoRepository.class);
        // region find-by-owner
        List<Todo> items = todos.findByOwner("ada");
        // endregion
        assertThat(items).hasSizeBetween(30, 31).allMatch(todo -> todo.owner().equals("ada"));
        assertThat(todos.findByStatusOrderByCreatedAtDesc("open")).hasSizeBetween(31, 32)
                .isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
        assertThat(todos.findByTitleContaining("milk")).extracting(Todo::todoId).containsExactly("2026-11-07#task");

        assertThatThrownBy(() -> factory.getRepository(ScanningTodoRepository.class))
                .isInstanceOf(QueryCreationException.class).hasCauseInstanceOf(QueryMethodValidationException.class)
                .hasMessageContaining("findByTitleContaining").hasMessageContaining("@AllowScan")
                .hasMessageContaining("@GlobalSecondaryIndex");
    }

    @Test
    void oneEnginePageAndACursorToContinue() {
        List<Todo> all = new ArrayList<>();
        // region engine-page
        Page<Todo> page = tableTheory.table(Todo.class).query().partition("owner", "ada").limit(25).page();
        String next = page.nextCursor().orElse(null);   // pass to .cursor(next) for the next page
        // endregion
        all.addAll(page.items());
        assertThat(page.items()).hasSize(25);
        assertThat(next).isNotNull();
        Page<Todo> rest = tableTheory.table(Todo.class).query().partition("owner", "ada").limit(25).cursor(next).page();
        all.addAll(rest.items());
        assertThat(all).extracting(Todo::todoId).doesNotHaveDuplicates().hasSizeBetween(30, 31);
    }

    @Test
    void createRefusesAnExistingItem() {
        Todo todo = Todo.of("ada", "2026-11-25#milk", "buy milk");
        // region engine-after
        Table<Todo> table = tableTheory.table(Todo.class);
        table.create(todo);                                            // fails with ConditionFailedException if it exists
        Todo read = table.get(com.theorycloud.tabletheory.Key.of("ada", "2026-11-25#milk"));
        // endregion
        assertThat(read.title()).isEqualTo("buy milk");
        assertThat(read.version()).isZero();
        assertThatThrownBy(() -> table.create(todo)).isInstanceOf(ConditionFailedException.class);
    }

    @Test
    void aVersionedModelOverAnItemWrittenWithoutAVersion() {
        DocsDb.LOCAL.client().putItem(b -> b.tableName(tableTheory.table(Todo.class).tableName()).item(Map.of(
                "owner", AttributeValue.fromS("linus"), "todoId", AttributeValue.fromS("2026-01-01#legacy"),
                "title", AttributeValue.fromS("written by the old mapper"), "status", AttributeValue.fromS("open"))));
        Table<Todo> table = tableTheory.table(Todo.class);
        Todo legacy = table.get(com.theorycloud.tabletheory.Key.of("linus", "2026-01-01#legacy"));
        assertThat(legacy.version()).isNull();
        assertThatThrownBy(() -> table.update(new Todo(legacy.owner(), legacy.todoId(), "renamed", legacy.status(),
                legacy.createdAt(), legacy.updatedAt(), legacy.version()), "title"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("an update needs the item's current version in 'version'");
    }
}
