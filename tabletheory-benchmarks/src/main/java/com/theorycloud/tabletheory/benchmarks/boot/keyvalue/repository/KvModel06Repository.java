package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel06;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 06 of 10 (generated): the same derived queries. */
public interface KvModel06Repository extends ListCrudRepository<KvModel06, String> {

    /** Equality on the partition attribute. */
    List<KvModel06> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel06> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel06> findByStatusOrderByCreatedAtDesc(String status);
}
