package com.theorycloud.tabletheory.spring.data.release.broken;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.ReleaseStateOperations;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.release.ReleaseEvent;

/** Declares transitions on an unversioned model: a startup error. */
public interface UnversionedReleaseRepository extends TableTheoryRepository<UnversionedRelease, Key>,
        ReleaseStateOperations<UnversionedRelease, ReleaseEvent> {
}
