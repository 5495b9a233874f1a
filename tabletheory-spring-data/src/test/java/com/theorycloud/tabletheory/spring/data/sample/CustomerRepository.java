package com.theorycloud.tabletheory.spring.data.sample;

import java.util.Optional;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Customers: an id that is the partition key itself, and a lookup through an index. */
public interface CustomerRepository extends TableTheoryRepository<Customer, String> {

    Optional<Customer> findByEmail(String email);
}
