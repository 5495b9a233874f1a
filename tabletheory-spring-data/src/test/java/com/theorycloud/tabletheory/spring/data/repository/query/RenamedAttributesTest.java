package com.theorycloud.tabletheory.spring.data.repository.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;
import com.theorycloud.tabletheory.spring.data.sample.notes.Note;
import com.theorycloud.tabletheory.spring.data.sample.notes.NoteRepository;
import com.theorycloud.tabletheory.spring.data.sample.TestEngines;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Method names use Java properties; requests use the stored names ({@code PK}, {@code SK}, snake_case). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenamedAttributesTest {

    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    private final TestEngines.SettableClock clock = new TestEngines.SettableClock(T0);
    private TableTheory engine;
    private NoteRepository notes;

    @BeforeAll
    void createData() {
        engine = TestEngines.engine(clock, Note.class);
        notes = new TableTheoryRepositoryFactory(new TableTheoryTemplate(engine)).getRepository(NoteRepository.class);
        notes.save(new Note("ann", "a-1", "inbox", "Shopping list", null));
        clock.set(T0.plusSeconds(60));
        notes.save(new Note("ann", "a-2", "inbox", "Trip plan", null));
        notes.save(new Note("ann", "b-1", "archive", "Old plan", null));
    }

    @AfterAll
    void dropTables() {
        TestEngines.drop(engine, Note.class);
    }

    @Test
    void storedNamesFollowTheModel() {
        assertThat(new TableTheoryMappingContext().entity(Note.class).attributeOfProperty("titleText"))
                .map(a -> a.name()).contains("title_text");
    }

    @Test
    void derivedQueriesMapPropertiesToStoredNames() {
        assertThat(notes.findByOwnerAndSlugStartingWithOrderBySlugDesc("ann", "a-")).extracting(Note::slug)
                .containsExactly("a-2", "a-1");
        assertThat(notes.findByOwnerAndTitleTextContaining("ann", "plan")).extracting(Note::slug)
                .containsExactly("a-2", "b-1");
        assertThat(notes.findByFolderNameOrderByUpdatedAtDesc("inbox")).extracting(Note::slug)
                .containsExactly("a-2", "a-1");
        assertThat(notes.titled("ann", "Old plan")).extracting(Note::slug).containsExactly("b-1");
        assertThat(notes.findById(Key.of("ann", "b-1"))).map(Note::folderName).contains("archive");
    }
}
