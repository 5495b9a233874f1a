package com.theorycloud.tabletheory.spring.data.release;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.annotation.ReleaseStateRepository;
import com.theorycloud.tabletheory.spring.data.repository.ReleaseStateOperations;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Releases: CRUD on the actual rows plus transitions that append events, checked by the release state machine. */
@ReleaseStateRepository(stateMachine = "releaseStateMachine")
public interface ReleaseActualRepository extends TableTheoryRepository<ReleaseActual, Key>,
        ReleaseStateOperations<ReleaseActual, ReleaseEvent> {
}
