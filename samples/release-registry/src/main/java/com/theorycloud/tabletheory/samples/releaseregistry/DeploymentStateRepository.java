package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import org.springframework.stereotype.Repository;

/** Actual-state rows; read here, changed only through {@code ReleaseStateService} transitions. */
@Repository
public interface DeploymentStateRepository extends TableTheoryRepository<DeploymentState, DeploymentKey> {
}
