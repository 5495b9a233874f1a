package com.theorycloud.tabletheory.local;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Fresh, uniquely named tables for one test: every name handed out here is deleted after the test (whether or
 * not the test created the table). Injected by {@link LocalDynamoDbExtension}; usable on its own with {@link
 * #TestTables(LocalDynamoDb)} and {@link #close()}.
 */
public final class TestTables implements AutoCloseable {

  private final LocalDynamoDb dynamoDb;
  private final List<String> names = new ArrayList<>();

  /** Tables on this endpoint. */
  public TestTables(LocalDynamoDb dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  /** A new unique table name starting with {@code base}; the table (if created) is deleted after the test. */
  public synchronized String name(String base) {
    String name = dynamoDb.uniqueTableName(base);
    names.add(name);
    return name;
  }

  /**
   * Creates a table with a unique name (on-demand billing unless the customizer sets otherwise), waits until it
   * is ACTIVE, and returns its name.
   */
  public String create(String base, Consumer<CreateTableRequest.Builder> customizer) {
    String name = name(base);
    CreateTableRequest.Builder request =
        CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
    customizer.accept(request);
    request.tableName(name);
    DynamoDbClient client = dynamoDb.client();
    client.createTable(request.build());
    client.waiter().waitUntilTableExists(r -> r.tableName(name));
    return name;
  }

  /** Creates a table keyed by a string partition key {@code pk} and, if not null, a string sort key. */
  public String createWithStringKeys(String base, String partitionKey, @Nullable String sortKey) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    List<KeySchemaElement> keys = new ArrayList<>();
    attributes.add(stringAttribute(partitionKey));
    keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
    if (sortKey != null) {
      attributes.add(stringAttribute(sortKey));
      keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
    }
    return create(base, request -> request.attributeDefinitions(attributes).keySchema(keys));
  }

  private static AttributeDefinition stringAttribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  /** The names handed out so far. */
  public synchronized List<String> names() {
    return List.copyOf(names);
  }

  /** Deletes every table named here that exists; missing tables are fine. */
  @Override
  public synchronized void close() {
    DynamoDbClient client = dynamoDb.client();
    for (String name : names) {
      try {
        client.deleteTable(r -> r.tableName(name));
      } catch (ResourceNotFoundException e) {
        // Never created, or the test deleted it itself.
      }
    }
    names.clear();
  }
}
