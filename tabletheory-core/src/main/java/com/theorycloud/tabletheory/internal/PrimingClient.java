package com.theorycloud.tabletheory.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The stand-in for DynamoDB that {@code TableTheory.prime} runs the engine against: it answers the item calls from
 * memory (a get or a query returns the item last put to that table, an update returns it as its new image) and
 * sends nothing. Every other call fails, so priming can never reach a real table.
 */
public final class PrimingClient implements DynamoDbClient {

    private final Map<String, Map<String, AttributeValue>> lastPut = new ConcurrentHashMap<>();

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        lastPut.put(request.tableName(), request.item());
        return PutItemResponse.builder().build();
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        Map<String, AttributeValue> item = lastPut.get(request.tableName());
        return item == null ? GetItemResponse.builder().build() : GetItemResponse.builder().item(item).build();
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        Map<String, AttributeValue> item = lastPut.get(request.tableName());
        boolean returnsItem = request.returnValues() != null && request.returnValues() != ReturnValue.NONE;
        return item != null && returnsItem ? UpdateItemResponse.builder().attributes(item).build()
                : UpdateItemResponse.builder().build();
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        Map<String, AttributeValue> item = lastPut.get(request.tableName());
        List<Map<String, AttributeValue>> items = item == null ? List.of() : List.of(item);
        return QueryResponse.builder().items(items).count(items.size()).scannedCount(items.size()).build();
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        lastPut.remove(request.tableName());
        return DeleteItemResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        lastPut.clear();
    }
}
