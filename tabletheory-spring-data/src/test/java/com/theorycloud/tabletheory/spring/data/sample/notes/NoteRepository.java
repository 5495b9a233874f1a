package com.theorycloud.tabletheory.spring.data.sample.notes;

import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Notes: derived and explicit queries over renamed attributes. */
public interface NoteRepository extends TableTheoryRepository<Note, Key> {

    List<Note> findByOwnerAndSlugStartingWithOrderBySlugDesc(String owner, String prefix);

    List<Note> findByOwnerAndTitleTextContaining(String owner, String text);

    List<Note> findByFolderNameOrderByUpdatedAtDesc(String folderName);

    @Query(keyCondition = "owner = :owner", filter = "titleText = :title")
    List<Note> titled(String owner, String title);
}
