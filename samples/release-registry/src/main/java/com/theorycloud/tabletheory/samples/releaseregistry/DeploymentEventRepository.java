package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import java.util.List;
import org.springframework.stereotype.Repository;

/** A service's deployment history, oldest first (the event keys start with their time). */
@Repository
public interface DeploymentEventRepository extends TableTheoryRepository<DeploymentEvent, DeploymentKey> {

    /** Query on the release-state table with {@code begins_with(kind, "EVENT#")}. */
    List<DeploymentEvent> findByServiceAndKindStartingWith(String service, String prefix);
}
