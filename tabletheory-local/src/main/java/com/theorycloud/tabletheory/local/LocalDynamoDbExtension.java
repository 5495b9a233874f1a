package com.theorycloud.tabletheory.local;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * JUnit 5 extension giving tests the shared local DynamoDB: parameters of type {@link LocalDynamoDb}, {@link
 * DynamoDbClient} and {@link TestTables} are injected, and the tables a {@link TestTables} named are deleted after
 * each test (or after the class, for one injected into a constructor or {@code @BeforeAll} method). Use it with
 * {@link LocalDynamoDbTest} or {@code @ExtendWith(LocalDynamoDbExtension.class)}.
 */
public final class LocalDynamoDbExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LocalDynamoDbExtension.class);
  private static final String TABLES = "tables";

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalDynamoDb.class || type == DynamoDbClient.class || type == TestTables.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    LocalDynamoDb dynamoDb = LocalDynamoDb.shared();
    if (type == DynamoDbClient.class) {
      return dynamoDb.client();
    }
    if (type == TestTables.class) {
      return tablesOf(context, dynamoDb);
    }
    return dynamoDb;
  }

  // get-then-put instead of Store.computeIfAbsent/getOrComputeIfAbsent: one of them is deprecated and the other
  // missing in each JUnit generation, and users may run either.
  private static synchronized TestTables tablesOf(ExtensionContext context, LocalDynamoDb dynamoDb) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    TestTables tables = store.get(TABLES, TestTables.class);
    if (tables == null) {
      tables = new TestTables(dynamoDb);
      store.put(TABLES, tables);
    }
    return tables;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    closeTables(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeTables(context);
  }

  private static void closeTables(ExtensionContext context) {
    TestTables tables = context.getStore(NAMESPACE).remove(TABLES, TestTables.class);
    if (tables != null) {
      tables.close();
    }
  }
}
