package com.theorycloud.tabletheory.benchmarks.boot.app.repository;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.benchmarks.boot.app.model.Model03;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import java.util.List;

/** Startup benchmark repository 03 of 10 (generated): CRUD plus three derived queries, each planned at startup. */
public interface Model03Repository extends TableTheoryRepository<Model03, Key> {

    /** Query on the table. */
    List<Model03> findByPk(String pk);

    /** Query on the table with {@code begins_with} on the sort key. */
    List<Model03> findByPkAndSkStartingWith(String pk, String prefix);

    /** Query on the {@code by-status} index, newest first. */
    List<Model03> findByStatusOrderByCreatedAtDesc(String status);
}
