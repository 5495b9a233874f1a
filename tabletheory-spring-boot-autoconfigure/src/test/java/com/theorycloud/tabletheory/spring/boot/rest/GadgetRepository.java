package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Gadgets, exposed by Spring Data REST at /gadgets with the partition key as the item URL's id. */
public interface GadgetRepository extends TableTheoryRepository<Gadget, String> {
}
