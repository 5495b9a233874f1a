package com.theorycloud.tabletheory.benchmarks.boot.app.repository;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.benchmarks.boot.app.model.Model06;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import java.util.List;

/** Startup benchmark repository 06 of 10 (generated): CRUD plus three derived queries, each planned at startup. */
public interface Model06Repository extends TableTheoryRepository<Model06, Key> {

    /** Query on the table. */
    List<Model06> findByPk(String pk);

    /** Query on the table with {@code begins_with} on the sort key. */
    List<Model06> findByPkAndSkStartingWith(String pk, String prefix);

    /** Query on the {@code by-status} index, newest first. */
    List<Model06> findByStatusOrderByCreatedAtDesc(String status);
}
