package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample.docker;

import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.TableTheoryTest;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample.Note;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample.NoteRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of docs/testcontainers.md as a user writes it, with a real DynamoDB Local container. It is compiled in
 * every build, so the page cannot drift from the API, but it needs a Docker engine to run, and this build has none:
 * the module's surefire configuration leaves out the tests tagged {@code docker}. {@code TableTheoryTestWithContainerTests}
 * runs the same test in every build, with a dynalite-backed stand-in for the container.
 */
@Tag("docker")
// region docker-example
@TableTheoryTest(localDynamoDb = false)
@Testcontainers
class NoteStorageTests {

    @Container
    @ServiceConnection
    static GenericContainer<?> dynamoDb = new GenericContainer<>("amazon/dynamodb-local:2.6.1")
        .withExposedPorts(8000);

    @Autowired
    NoteRepository notes;

    @Test
    void storesNotesInTheContainer() {
        notes.save(new Note("NOTE#1", "V1", "hello"));

        assertThat(notes.findByPk("NOTE#1")).extracting(Note::text).containsExactly("hello");
    }
}
// endregion
