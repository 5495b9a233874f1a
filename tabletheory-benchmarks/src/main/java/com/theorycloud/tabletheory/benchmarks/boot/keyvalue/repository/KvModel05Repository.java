package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel05;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 05 of 10 (generated): the same derived queries. */
public interface KvModel05Repository extends ListCrudRepository<KvModel05, String> {

    /** Equality on the partition attribute. */
    List<KvModel05> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel05> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel05> findByStatusOrderByCreatedAtDesc(String status);
}
