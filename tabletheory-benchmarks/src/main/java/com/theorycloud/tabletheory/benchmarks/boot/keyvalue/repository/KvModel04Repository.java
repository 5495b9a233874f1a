package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel04;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 04 of 10 (generated): the same derived queries. */
public interface KvModel04Repository extends ListCrudRepository<KvModel04, String> {

    /** Equality on the partition attribute. */
    List<KvModel04> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel04> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel04> findByStatusOrderByCreatedAtDesc(String status);
}
