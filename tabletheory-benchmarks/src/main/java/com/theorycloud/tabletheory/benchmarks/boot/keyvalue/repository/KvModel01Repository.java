package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel01;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 01 of 10 (generated): the same derived queries. */
public interface KvModel01Repository extends ListCrudRepository<KvModel01, String> {

    /** Equality on the partition attribute. */
    List<KvModel01> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel01> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel01> findByStatusOrderByCreatedAtDesc(String status);
}
