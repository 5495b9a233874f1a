package com.theorycloud.tabletheory.spring.data.release.broken;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.ReleaseStateOperations;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.release.ReleaseActual;

/** Declares transitions whose events are mutable: a startup error. */
public interface MutableEventReleaseRepository extends TableTheoryRepository<ReleaseActual, Key>,
        ReleaseStateOperations<ReleaseActual, MutableReleaseEvent> {
}
