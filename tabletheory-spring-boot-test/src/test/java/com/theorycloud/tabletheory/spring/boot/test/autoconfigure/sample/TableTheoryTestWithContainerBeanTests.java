package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.TableTheoryTest;
import com.theorycloud.tabletheory.spring.boot.test.testcontainers.DynaliteBackedContainer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container declared as a {@code @Bean} in a test configuration, for an image TableTheory does not know: the slice
 * imports Spring Boot's service-connection auto-configuration, and {@code name = "dynamodb"} picks TableTheory's
 * factory.
 */
@TableTheoryTest(localDynamoDb = false)
@Import(TableTheoryTestWithContainerBeanTests.Containers.class)
class TableTheoryTestWithContainerBeanTests {

    @Autowired
    TableTheory tableTheory;

    @Autowired
    ApplicationContext context;

    @Test
    void runsTheEngineOnTheContainerBean() {
        DynaliteBackedContainer container = context.getBean(DynaliteBackedContainer.class);
        assertThat(tableTheory.client().serviceClientConfiguration().endpointOverride())
            .hasValue(container.server().endpoint());
        assertThat(context.getBeanNamesForType(LocalDynamoDb.class)).isEmpty();

        Table<Note> notes = tableTheory.table(Note.class);
        notes.create(new Note("NOTE#3", "V1", "from a bean"));
        assertThat(notes.get(Key.of("NOTE#3", "V1")).text()).isEqualTo("from a bean");
        assertThat(container.server().client().listTables().tableNames()).contains("notes");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Containers {

        @Bean
        @ServiceConnection(name = "dynamodb")
        DynaliteBackedContainer dynamoDb() {
            return new DynaliteBackedContainer("registry.example.com/team/ddb-emulator:1.2", 4567);
        }
    }
}
