package com.theorycloud.tabletheory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.ReturnValues;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

class ActionUpdatesTest {

    private static final DocumentItemCodec CODEC = DocumentItemCodec.of(
            DmsLoader.loadResource("query/events.yml").model("Event"));
    private static final ActionUpdates UPDATES = new ActionUpdates(CODEC, new ModelValueEncoder(CODEC));
    private static final Map<String, AttributeValue> KEY = Map.of("PK", AttributeValue.fromS("P"), "SK",
            AttributeValue.fromS("S"));

    private static UpdateItemRequest request(Update update) {
        return UPDATES.plan(KEY, update, "2026-01-01T00:00:00Z", "events", false).request();
    }

    @Test
    void addsLifecycleStepsAndTheExistenceCheck() {
        ActionUpdates.Planned plan = UPDATES.plan(KEY, Update.create().set("name", "n").expectVersion(4)
                .onlyIf(Condition.eq("status", "open")).returning(ReturnValues.UPDATED_NEW), "NOW", "events", false);
        UpdateItemRequest request = plan.request();
        assertThat(request.updateExpression()).isEqualTo("SET #n0 = :v0, #n1 = :v1 ADD #n2 :v2");
        assertThat(request.conditionExpression()).isEqualTo("(attribute_exists(#n3)) AND (#n2 = :v3) AND (#n4 = :v4)");
        assertThat(request.expressionAttributeNames()).containsEntry("#n0", "name").containsEntry("#n1", "updatedAt")
                .containsEntry("#n2", "version").containsEntry("#n3", "PK").containsEntry("#n4", "status");
        assertThat(request.expressionAttributeValues()).containsEntry(":v1", AttributeValue.fromS("NOW"))
                .containsEntry(":v3", AttributeValue.fromN("4"));
        assertThat(request.returnValues()).isEqualTo(ReturnValue.UPDATED_NEW);
        assertThat(plan.versioned()).isTrue();
        assertThat(plan.changedAttributes()).containsExactly("name");
    }

    @Test
    void removesNullAndEmptyOmitEmptyValuesAndStoresEmptySetsOfOthersAsNull() {
        assertThat(request(Update.create().set("nickname", "").set("status", null).set("name", ""))
                .updateExpression()).isEqualTo("SET #n2 = :v0, #n3 = :v1 REMOVE #n0, #n1 ADD #n4 :v2");
    }

    @Test
    void refusesKeysLifecycleUnknownAndMistypedActions() {
        assertThatThrownBy(() -> request(Update.create().set("PK", "x"))).isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("Event").hasMessageContaining("'PK'");
        assertThatThrownBy(() -> request(Update.create().increment("version")))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("expectVersion");
        assertThatThrownBy(() -> request(Update.create().remove("missing")))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("'missing'");
        assertThatThrownBy(() -> request(Update.create().add("history", 1)))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("'history'");
        assertThatThrownBy(() -> request(Update.create().deleteFromSet("tags")))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("no set elements");
    }

    @Test
    void encodesSetElementsWithTheAttributeType() {
        UpdateItemRequest request = request(Update.create().add("scores", java.util.List.of(1, 2))
                .deleteFromSet("tags", "a"));
        assertThat(request.expressionAttributeValues().get(":v0").ns()).containsExactlyInAnyOrder("1", "2");
        assertThat(request.expressionAttributeValues().get(":v1").ss()).containsExactly("a");
    }
}
