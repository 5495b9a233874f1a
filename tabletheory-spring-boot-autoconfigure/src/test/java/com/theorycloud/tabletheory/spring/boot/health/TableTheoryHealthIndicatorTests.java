package com.theorycloud.tabletheory.spring.boot.health;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.spring.boot.fixtures.orders.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The health of the models' tables on the local DynamoDB. */
class TableTheoryHealthIndicatorTests {

    private static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private final String prefix = LOCAL.uniqueTableName("health") + "-";

    private final TableNameResolver resolver = TableNameResolver.prefix(prefix);

    private final ModelSchema orders = AnnotatedModels.schemaOf(Order.class);

    private final TableTheory engine = TableTheory.builder().client(LOCAL.client()).tableNameResolver(resolver)
        .build();

    @AfterEach
    void dropTable() {
        engine.deleteTableIfExists(orders);
    }

    @Test
    void isUpWhenEveryTableIsActiveWithItsIndexes() {
        engine.ensureTable(orders);

        Health health = indicator(Duration.ZERO).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("tables", Map.of(prefix + "orders", "ACTIVE"));
    }

    @Test
    void isDownNamingAMissingTable() {
        Health health = indicator(Duration.ZERO).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("tables", Map.of(prefix + "orders", "table does not exist"));
    }

    @Test
    void isDownNamingAMissingIndex() {
        LOCAL.client().createTable((request) -> request.tableName(prefix + "orders")
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
            .attributeDefinitions(stringAttribute("PK"), stringAttribute("SK")));

        Health health = indicator(Duration.ZERO).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("tables").toString()).contains(prefix + "orders");
        assertThat(((Map<?, ?>) health.getDetails().get("tables")).get(prefix + "orders"))
            .isIn("index 'byStatus' does not exist", "table is CREATING, not ACTIVE");
    }

    @Test
    void reusesAResultWhileItIsFresh() {
        engine.ensureTable(orders);
        TableTheoryHealthIndicator indicator = indicator(Duration.ofHours(1));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        engine.deleteTableIfExists(orders);

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator(Duration.ZERO).health().getStatus()).isEqualTo(Status.DOWN);
    }

    private TableTheoryHealthIndicator indicator(Duration cacheTimeToLive) {
        return new TableTheoryHealthIndicator(LOCAL.client(), List.of(orders), resolver, Duration.ofSeconds(5),
                cacheTimeToLive);
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
