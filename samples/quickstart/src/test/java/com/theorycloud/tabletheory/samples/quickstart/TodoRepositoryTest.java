package com.theorycloud.tabletheory.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

/** The whole application on the embedded local DynamoDB, as application.yml configures it. */
@SpringBootTest
class TodoRepositoryTest {

    @Autowired
    TodoRepository todos;

    @Test
    void findsAnOwnersItemsInSortKeyOrder() {
        todos.save(Todo.open("grace", "2026-12-02#b", "second"));
        todos.save(Todo.open("grace", "2026-12-01#a", "first"));

        assertThat(todos.findByOwner("grace")).extracting(Todo::title).containsExactly("first", "second");
    }

    @Test
    void findsAnOwnersItemsBySortKeyPrefix() {
        todos.save(Todo.open("linus", "2026-12-01#a", "monday"));
        todos.save(Todo.open("linus", "2026-12-02#b", "tuesday"));

        assertThat(todos.findByOwnerAndTodoIdStartingWith("linus", "2026-12-02")).extracting(Todo::title)
                .containsExactly("tuesday");
    }

    @Test
    void findsDoneItemsAcrossOwnersNewestFirstThroughTheIndex() {
        Todo older = todos.save(Todo.open("barbara", "x#older", "older"));
        Todo newer = todos.save(Todo.open("edsger", "x#newer", "newer"));
        todos.save(older.done());
        todos.save(newer.done());

        assertThat(todos.findByStatusOrderByCreatedAtDesc("done")).extracting(Todo::title)
                .containsSubsequence("newer", "older")
                .doesNotContain("Buy milk");
    }

    @Test
    void savingAgainBumpsTheVersionAndKeepsCreatedAt() {
        Todo created = todos.save(Todo.open("ken", "x#1", "one"));
        Todo updated = todos.save(created.done());

        assertThat(created.version()).isZero();
        assertThat(updated.version()).isEqualTo(1L);
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    }

    @Test
    void aStaleSaveIsRejectedInsteadOfOverwritingANewerVersion() {
        Todo created = todos.save(Todo.open("dennis", "x#1", "one"));
        todos.save(created.done());

        assertThatThrownBy(() -> todos.save(created.done())).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
