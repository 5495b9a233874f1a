package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import java.util.List;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.test.testcontainers.DynaliteBackedContainer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application (not the slice) on an amazon/dynamodb-local container bean. */
@SpringBootTest(properties = "tabletheory.schema.mode=create")
class SpringBootTestWithContainerBeanTests {

    @Autowired
    NoteRepository notes;

    @Autowired
    NoteService service;

    @Autowired
    TableTheory tableTheory;

    @Autowired
    DynaliteBackedContainer container;

    @Test
    void theApplicationsRepositoryWritesAndReadsThroughTheContainer() {
        assertThat(service).isNotNull();
        notes.saveAll(List.of(new Note("NOTE#5", "V1", "one"), new Note("NOTE#5", "V2", "two")));

        assertThat(notes.findByPk("NOTE#5")).extracting(Note::text).containsExactly("one", "two");
        assertThat(tableTheory.client().serviceClientConfiguration().endpointOverride())
            .hasValue(container.server().endpoint());
        assertThat(container.server().client().scan((scan) -> scan.tableName("notes")).count()).isEqualTo(2);
        assertThat(container.starts()).isEqualTo(1);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Containers {

        // A @Bean has no image to go by until it is created, so it needs the connection name.
        @Bean
        @ServiceConnection(name = "dynamodb")
        DynaliteBackedContainer dynamoDbContainer() {
            return DynaliteBackedContainer.dynamoDbLocal();
        }
    }
}
