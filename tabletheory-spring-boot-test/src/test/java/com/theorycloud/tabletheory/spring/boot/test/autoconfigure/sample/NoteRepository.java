package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** The sample application's repository, registered by the slice without @EnableTableTheoryRepositories. */
public interface NoteRepository extends TableTheoryRepository<Note, Key> {

    List<Note> findByPk(String pk);
}
