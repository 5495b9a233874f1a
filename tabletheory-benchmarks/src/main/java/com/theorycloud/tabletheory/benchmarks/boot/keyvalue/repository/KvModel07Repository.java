package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel07;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 07 of 10 (generated): the same derived queries. */
public interface KvModel07Repository extends ListCrudRepository<KvModel07, String> {

    /** Equality on the partition attribute. */
    List<KvModel07> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel07> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel07> findByStatusOrderByCreatedAtDesc(String status);
}
