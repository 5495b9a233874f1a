package com.theorycloud.tabletheory.samples.quickstart;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import java.util.List;

/** The to-do repository: CRUD plus three queries, each planned at startup against the table or its index. */
public interface TodoRepository extends TableTheoryRepository<Todo, TodoId> {

    /** Query on the table: every item of one owner, in sort-key order. */
    List<Todo> findByOwner(String owner);

    /** Query on the table with {@code begins_with} on the sort key. */
    List<Todo> findByOwnerAndTodoIdStartingWith(String owner, String prefix);

    /** Query on the {@code by-status} index, newest first. */
    List<Todo> findByStatusOrderByCreatedAtDesc(String status);
}
