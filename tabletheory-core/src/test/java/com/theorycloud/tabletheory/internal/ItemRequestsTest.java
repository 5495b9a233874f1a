package com.theorycloud.tabletheory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

class ItemRequestsTest {

    private static final Map<String, AttributeValue> KEY = Map.of("PK", AttributeValue.fromS("U#1"));
    private final ItemRequests requests = new ItemRequests("users", "PK", ValueEncoder.plain(), false);

    @Test
    void versionOnlyUpdateIncrementsAndChecksTheVersion() {
        UpdatePlan plan = new UpdatePlan(KEY, Map.of(), List.of(), "version", AttributeValue.fromN("4"));
        UpdateItemRequest request = requests.update(plan, null);

        assertThat(request.updateExpression()).isEqualTo("ADD #n0 :v0");
        assertThat(request.conditionExpression()).isEqualTo("(attribute_exists(#n1)) AND (#n0 = :v1)");
        assertThat(request.expressionAttributeNames()).containsEntry("#n0", "version").containsEntry("#n1", "PK");
        assertThat(request.expressionAttributeValues()).containsEntry(":v0", AttributeValue.fromN("1"))
                .containsEntry(":v1", AttributeValue.fromN("4"));
        assertThat(request.returnValues()).isEqualTo(ReturnValue.ALL_NEW);
    }

    @Test
    void updateSharesPlaceholdersBetweenActionsAndTheCallersCondition() {
        UpdatePlan plan = new UpdatePlan(KEY, Map.of("status", AttributeValue.fromS("on")), List.of("nickname"),
                null, null);
        UpdateItemRequest request = requests.update(plan, Condition.eq("status", "off"));

        assertThat(request.updateExpression()).isEqualTo("SET #n0 = :v0 REMOVE #n1");
        assertThat(request.conditionExpression()).isEqualTo("(attribute_exists(#n2)) AND (#n0 = :v1)");
    }

    @Test
    void createAddsTheNotExistsCheckBeforeTheCallersCondition() {
        PutItemRequest request = requests.put(KEY, true, Condition.attributeNotExists("name"));

        assertThat(request.conditionExpression()).isEqualTo("(attribute_not_exists(#n0)) AND (attribute_not_exists(#n1))");
        assertThat(request.expressionAttributeNames()).containsExactlyInAnyOrderEntriesOf(Map.of("#n0", "PK", "#n1",
                "name"));
        assertThat(request.hasExpressionAttributeValues()).isFalse();
        assertThat(requests.put(KEY, false, null).conditionExpression()).isNull();
    }
}
