package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import java.util.Map;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.TableTheoryTest;
import com.theorycloud.tabletheory.spring.boot.test.testcontainers.DynaliteBackedContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented way to run the slice on a DynamoDB container. This build has no Docker, so the field holds a
 * stand-in whose "container" is a dynalite; Spring Boot, the Testcontainers extension and TableTheory's factory treat
 * it as an amazon/dynamodb-local container.
 */
@TableTheoryTest(localDynamoDb = false)
@Testcontainers
class TableTheoryTestWithContainerTests {

    @Container
    @ServiceConnection
    static GenericContainer<?> dynamoDb = new DynaliteBackedContainer("amazon/dynamodb-local:2.6.1", 8000);

    @Autowired
    NoteRepository notes;

    @Test
    void storesNotesInTheContainer() {
        notes.save(new Note("NOTE#1", "V1", "hello"));

        assertThat(notes.findByPk("NOTE#1")).extracting(Note::text).containsExactly("hello");
    }

    @Autowired
    TableTheory tableTheory;

    @Autowired
    ApplicationContext context;

    private static LocalDynamoDb server() {
        return ((DynaliteBackedContainer) dynamoDb).server();
    }

    @Test
    void connectsTheEngineToTheContainersMappedPort() {
        assertThat(context.getBean(TableTheoryConnectionDetails.class).getEndpoint()).isEqualTo(server().endpoint());
        assertThat(tableTheory.client().serviceClientConfiguration().endpointOverride())
            .hasValue(server().endpoint());
        assertThat(context.getBeanNamesForType(LocalDynamoDb.class)).isEmpty();
    }

    @Test
    void writesTheItemIntoTheContainersServer() {
        tableTheory.table(Note.class).create(new Note("NOTE#9", "V1", "in the container"));

        // Read straight from the server behind the container, not through the application's client.
        DynamoDbClient direct = server().client();
        Map<String, AttributeValue> item = direct
            .getItem((get) -> get.tableName("notes")
                .key(Map.of("PK", AttributeValue.fromS("NOTE#9"), "SK", AttributeValue.fromS("V1"))))
            .item();
        assertThat(item.get("text").s()).isEqualTo("in the container");
        assertThat(tableTheory.table(Note.class).get(Key.of("NOTE#9", "V1")).text()).isEqualTo("in the container");
    }

    @Test
    void theExtensionStartedTheContainerOnce() {
        assertThat(dynamoDb.isRunning()).isTrue();
        assertThat(((DynaliteBackedContainer) dynamoDb).starts()).isEqualTo(1);
    }
}
