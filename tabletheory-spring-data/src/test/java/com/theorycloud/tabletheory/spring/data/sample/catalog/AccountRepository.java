package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.List;
import java.util.Optional;

import com.theorycloud.tabletheory.spring.data.annotation.AllowScan;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Repository of {@link Account}. */
public interface AccountRepository extends TableTheoryRepository<Account, String> {

    Optional<Account> findByEmail(String email);

    @AllowScan("admin report") List<Account> findByPlan(String plan);
}
