package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel02;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 02 of 10 (generated): the same derived queries. */
public interface KvModel02Repository extends ListCrudRepository<KvModel02, String> {

    /** Equality on the partition attribute. */
    List<KvModel02> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel02> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel02> findByStatusOrderByCreatedAtDesc(String status);
}
