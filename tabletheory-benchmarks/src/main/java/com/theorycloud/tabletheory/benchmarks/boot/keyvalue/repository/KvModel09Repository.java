package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel09;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 09 of 10 (generated): the same derived queries. */
public interface KvModel09Repository extends ListCrudRepository<KvModel09, String> {

    /** Equality on the partition attribute. */
    List<KvModel09> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel09> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel09> findByStatusOrderByCreatedAtDesc(String status);
}
