package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.SchemaMode;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.TableTheoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@TableTheoryTest(localDynamoDb = false, schemaMode = SchemaMode.NONE, properties = { "tabletheory.client.region=us-east-1",
        "tabletheory.client.endpoint=http://127.0.0.1:9" })
class TableTheoryTestWithoutLocalServerTests {

    @Autowired
    private ApplicationContext context;

    @Test
    void leavesTablesAloneWhenAskedTo() {
        assertThat(context.getEnvironment().getProperty("tabletheory.schema.mode")).isEqualToIgnoringCase("none");
    }

    @Test
    void connectsToTheConfiguredEndpointInstead() {
        assertThat(context.getBeanNamesForType(LocalDynamoDb.class)).isEmpty();
        assertThat(context.getBean(TableTheory.class).client().serviceClientConfiguration().endpointOverride())
            .hasValueSatisfying((endpoint) -> assertThat(endpoint.getPort()).isEqualTo(9));
    }
}
