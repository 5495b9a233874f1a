package com.theorycloud.tabletheory.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalDynamoDbTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalDynamoDbExtensionTest {

  private static final List<String> TABLES_OF_FIRST_TEST = new ArrayList<>();

  @Test
  @Order(1)
  void injectsTheSharedServerItsClientAndFreshTables(LocalDynamoDb dynamoDb, DynamoDbClient client, TestTables tables) {
    assertThat(dynamoDb).isSameAs(LocalDynamoDb.shared());
    assertThat(client).isSameAs(dynamoDb.client());

    String created = tables.createWithStringKeys("ext", "pk", null);
    String namedOnly = tables.name("never-created");

    assertThat(client.listTables().tableNames()).contains(created).doesNotContain(namedOnly);
    TABLES_OF_FIRST_TEST.addAll(tables.names());
  }

  @Test
  @Order(2)
  void deletesTheTablesOfTheTestBefore(DynamoDbClient client, TestTables tables) {
    assertThat(TABLES_OF_FIRST_TEST).hasSize(2);
    assertThat(client.listTables().tableNames()).doesNotContainAnyElementsOf(TABLES_OF_FIRST_TEST);
    assertThat(tables.names()).isEmpty();
  }

  @AfterAll
  static void clear() {
    TABLES_OF_FIRST_TEST.clear();
  }
}
