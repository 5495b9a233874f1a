package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.schema.SchemaValidationException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** tabletheory.schema.mode against the local DynamoDB: none, validate and create, each on tables of its own. */
class SchemaStartupTests {

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private final String prefix = LOCAL.uniqueTableName("startup") + "-";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(TableTheoryClientAutoConfiguration.class, TableTheoryAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=" + LOCAL.region().id(),
                "tabletheory.client.endpoint=" + LOCAL.endpoint(), "tabletheory.client.credentials.access-key=a",
                "tabletheory.client.credentials.secret-key=b",
                "tabletheory.models.packages=" + TableTheoryAutoConfigurationTests.ORDERS,
                "tabletheory.models.table-prefix=" + prefix);

    @Test
    void leavesTablesAloneByDefault() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(TableTheory.class);
            assertThat(LOCAL.client().listTables().tableNames()).doesNotContain(prefix + "orders");
        });
    }

    @Test
    void failsStartupWhenValidationFindsProblemsAndListsThemAll() {
        this.contextRunner.withPropertyValues("tabletheory.schema.mode=validate").run((context) -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            SchemaValidationException invalid = TableTheoryAutoConfigurationTests.findCause(failure,
                    SchemaValidationException.class);
            assertThat(invalid.problems()).hasSize(1);
            FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("do not match the TableTheory models")
                .contains("- table '" + prefix + "orders' (model Order): the table does not exist");
            assertThat(analysis.getAction()).contains("tabletheory.schema.mode=create");
        });
    }

    @Test
    void createsTablesThenStartsAndStartsAgainWithoutChanges() {
        this.contextRunner.withPropertyValues("tabletheory.schema.mode=create").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(describe(prefix + "orders").globalSecondaryIndexes()).hasSize(1);
        });
        this.contextRunner.withPropertyValues("tabletheory.schema.mode=validate")
            .run((context) -> assertThat(context).hasNotFailed());
        this.contextRunner.withPropertyValues("tabletheory.schema.mode=create")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void createsProvisionedTablesWhenAskedTo() {
        this.contextRunner
            .withPropertyValues("tabletheory.schema.mode=create", "tabletheory.schema.billing-mode=provisioned",
                    "tabletheory.schema.read-capacity-units=3", "tabletheory.schema.write-capacity-units=2")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                TableDescription table = describe(prefix + "orders");
                assertThat(table.billingModeSummary() == null
                        || table.billingModeSummary().billingMode() == BillingMode.PROVISIONED).isTrue();
                assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(3);
                assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(2);
                assertThat(table.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits())
                    .isEqualTo(3);
            });
    }

    private static TableDescription describe(String name) {
        DynamoDbClient client = LOCAL.client();
        return client.describeTable((request) -> request.tableName(name)).table();
    }
}
