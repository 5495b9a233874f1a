package com.theorycloud.tabletheory.spring.boot.sample;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import java.util.Optional;

/** The sample application's repository, found because it sits in the application's package. */
public interface CustomerRepository extends TableTheoryRepository<Customer, Key> {

    Optional<Customer> findByEmail(String email);
}
