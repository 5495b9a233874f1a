package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Repository;

/** Releases of a service, read page by page with portable TableTheory cursors. */
@Repository
public interface ReleaseRepository extends TableTheoryRepository<Release, ReleaseId> {

    /** One page of a service's releases in release-id order; the window's last position carries the cursor. */
    Window<Release> findByService(String service, ScrollPosition position, Limit limit);
}
