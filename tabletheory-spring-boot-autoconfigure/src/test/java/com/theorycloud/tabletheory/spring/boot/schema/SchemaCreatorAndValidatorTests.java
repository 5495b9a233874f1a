package com.theorycloud.tabletheory.spring.boot.schema;

import java.time.Duration;
import java.util.List;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.spring.boot.fixtures.orders.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Creating and checking tables against the local DynamoDB, each test on tables of its own. */
class SchemaCreatorAndValidatorTests {

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private final DynamoDbClient client = LOCAL.client();

    private final String prefix = LOCAL.uniqueTableName("schema") + "-";

    private final TableNameResolver resolver = (schema) -> prefix + schema.tableName();

    private final List<ModelSchema> orders = List.of(AnnotatedModels.schemaOf(Order.class));

    @Test
    void createsMissingTablesWithTheirIndexesOnceOnly() {
        SchemaCreator creator = new SchemaCreator(client, resolver, (request) -> {
        });

        assertThat(creator.createMissing(orders)).containsExactly(prefix + "orders");
        assertThat(creator.createMissing(orders)).isEmpty();

        TableDescription table = describe(prefix + "orders");
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.globalSecondaryIndexes()).extracting((index) -> index.indexName()).containsExactly("byStatus");
        assertThat(new SchemaValidator(client, resolver).validate(orders)).isEmpty();
    }

    @Test
    void reportsAMissingTableWithTheFix() {
        List<SchemaProblem> problems = new SchemaValidator(client, resolver).validate(orders);

        assertThat(problems).containsExactly(new SchemaProblem(prefix + "orders", "Order",
                "the table does not exist; create it (for development set tabletheory.schema.mode=create)"));
    }

    @Test
    void reportsEveryDifferenceOfAnExistingTable() {
        createTable(prefix + "orders", "id", null);

        SchemaValidationException failure = assertThatExceptionOfType(SchemaValidationException.class)
            .isThrownBy(() -> new SchemaValidator(client, resolver).requireValid(orders))
            .actual();

        assertThat(failure.problems()).extracting(SchemaProblem::problem)
            .containsExactly("the table has partition key 'id' but the model needs 'PK'",
                    "the table has no sort key but the model needs 'SK' (S)",
                    "global secondary index 'byStatus' does not exist; add it to the table");
        assertThat(failure).hasMessageStartingWith("3 TableTheory table problem(s):")
            .hasMessageContaining("table '" + prefix + "orders' (model Order): the table has partition key 'id'");
    }

    private void createTable(String name, String partitionKey, String sortKey) {
        client.createTable((request) -> {
            request.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (sortKey == null) {
                request.keySchema(key(partitionKey, KeyType.HASH)).attributeDefinitions(stringAttribute(partitionKey));
            }
            else {
                request.keySchema(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE))
                    .attributeDefinitions(stringAttribute(partitionKey), stringAttribute(sortKey));
            }
        });
        client.waiter().waitUntilTableExists((request) -> request.tableName(name),
                (wait) -> wait.backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(50))));
    }

    private TableDescription describe(String name) {
        return client.describeTable((request) -> request.tableName(name)).table();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
