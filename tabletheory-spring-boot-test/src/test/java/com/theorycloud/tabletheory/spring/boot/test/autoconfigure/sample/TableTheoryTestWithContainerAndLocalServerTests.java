package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.TableTheoryTest;
import com.theorycloud.tabletheory.spring.boot.test.testcontainers.DynaliteBackedContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container with the slice's local server left on (the default): the container's connection details win and the
 * slice starts no local DynamoDB of its own, so a machine with Docker needs no Node.js.
 */
@TableTheoryTest
@Testcontainers
class TableTheoryTestWithContainerAndLocalServerTests {

    @Container
    @ServiceConnection
    static GenericContainer<?> dynamoDb = new DynaliteBackedContainer("amazon/dynamodb-local:2.6.1", 8000);

    @Autowired
    TableTheory tableTheory;

    @Autowired
    ApplicationContext context;

    @Test
    void theContainerWinsAndNoLocalServerStarts() {
        LocalDynamoDb behindTheContainer = ((DynaliteBackedContainer) dynamoDb).server();

        assertThat(tableTheory.client().serviceClientConfiguration().endpointOverride())
            .hasValue(behindTheContainer.endpoint());
        assertThat(context.getBeansOfType(LocalDynamoDb.class)).isEmpty();
    }
}
