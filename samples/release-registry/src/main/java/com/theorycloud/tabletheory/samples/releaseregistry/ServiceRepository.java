package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import org.springframework.stereotype.Repository;

/** Registered services, by name. */
@Repository
public interface ServiceRepository extends TableTheoryRepository<ServiceEntry, String> {
}
