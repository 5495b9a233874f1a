package com.theorycloud.tabletheory.spring.data.release;

import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** A plain repository of the event rows: no release-state fragment. */
public interface ReleaseEventRepository extends TableTheoryRepository<ReleaseEvent, Key> {

    List<ReleaseEvent> findByPk(String pk);
}
