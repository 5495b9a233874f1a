package com.theorycloud.tabletheory.benchmarks.boot.keyvalue.repository;

import com.theorycloud.tabletheory.benchmarks.boot.keyvalue.model.KvModel08;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data KeyValue counterpart of startup benchmark repository 08 of 10 (generated): the same derived queries. */
public interface KvModel08Repository extends ListCrudRepository<KvModel08, String> {

    /** Equality on the partition attribute. */
    List<KvModel08> findByPk(String pk);

    /** Equality plus a prefix on the sort attribute. */
    List<KvModel08> findByPkAndSkStartingWith(String pk, String prefix);

    /** Equality on the status, newest first. */
    List<KvModel08> findByStatusOrderByCreatedAtDesc(String status);
}
