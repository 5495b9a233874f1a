package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel10;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 10 of 10 (generated): the same derived queries. */
public interface KvModel10Repository extends ListCrudRepository<KvModel10, String> {

    /** Equality on the partition attribute. */
    List<KvModel10> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel10> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel10> findByStatusOrderByCreatedAtDesc(String status);
}
