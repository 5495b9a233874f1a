package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Stops, exposed by Spring Data REST at /stops, declared with the engine's {@link Key} as id type. */
public interface StopRepository extends TableTheoryRepository<Stop, Key> {
}
