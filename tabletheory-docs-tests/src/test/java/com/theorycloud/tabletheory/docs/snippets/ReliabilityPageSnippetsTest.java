package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.local.FaultInjector;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The snippet of docs/reliability.md: a client that fails on purpose, against the local DynamoDB. */
class ReliabilityPageSnippetsTest {

    @Test
    void everyWriteEitherLandsOrFailsWithATypedError() {
        LocalDynamoDb local = DocsDb.LOCAL;
        // region fault-injector
        FaultInjector faults = FaultInjector.builder().seed(42).rate(0.3).build();
        DynamoDbClient client = DynamoDbClient.builder()
                .overrideConfiguration(o -> o.addExecutionInterceptor(faults))
                .endpointOverride(local.endpoint())   // or your real endpoint, region and credentials
                .region(local.region())
                .credentialsProvider(local.credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        // endregion
        Table<User> clean = DocsDb.table(DocsDb.engine(), User.class);
        Table<User> users = TableTheory.builder().client(client).tableNameResolver(schema -> clean.tableName())
                .build().table(User.class);
        Set<String> succeeded = new HashSet<>();
        int failed = 0;
        for (int i = 0; i < 40; i++) {
            try {
                users.create(User.of("FAULTS", "ITEM#" + i, "n"));
                succeeded.add("ITEM#" + i);
            } catch (TableTheoryException e) {
                failed++;
            }
        }
        assertThat(faults.injectedTotal()).isPositive();
        assertThat(succeeded.size() + failed).isEqualTo(40);
        for (int i = 0; i < 40; i++) {
            String sk = "ITEM#" + i;
            assertThat(clean.find(Key.of("FAULTS", sk)).isPresent()).as(sk).isEqualTo(succeeded.contains(sk));
        }
    }
}
