package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.stream.Stream;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Repository of {@link Session}. */
public interface SessionRepository extends TableTheoryRepository<Session, Key> {

    Stream<Session> findByUserId(String userId);

    long deleteByUserId(String userId);
}
