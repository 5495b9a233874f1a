package com.theorycloud.tabletheory.samples.enginequickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineQuickstartTest {

    @Test
    void walkthroughUpdatesOnceRejectsTheStaleWriteAndDeletes() {
        LocalDynamoDb dynamo = LocalDynamoDb.shared();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Note last = EngineQuickstart.run(dynamo.client(), dynamo.uniqueTableName("notes"),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(last.text()).isEqualTo("Hello again");
        assertThat(last.version()).isEqualTo(1);
        assertThat(last.createdAt()).isNotNull();
        assertThat(last.updatedAt()).isAfterOrEqualTo(last.createdAt());
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("rejected a stale update").contains("find now returns Optional.empty");
    }
}
