package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel03;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 03 of 10 (generated): the same derived queries. */
public interface KvModel03Repository extends ListCrudRepository<KvModel03, String> {

    /** Equality on the partition attribute. */
    List<KvModel03> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel03> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel03> findByStatusOrderByCreatedAtDesc(String status);
}
