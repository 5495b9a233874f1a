package com.theorycloud.tabletheory.spring.boot.rest;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Exposed by Spring Data REST at {@code /tenants}, keyed by the partition key value. */
public interface TenantRepository extends TableTheoryRepository<Tenant, String> {
}
