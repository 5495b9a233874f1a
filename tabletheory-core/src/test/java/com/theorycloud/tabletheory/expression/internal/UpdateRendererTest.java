package com.theorycloud.tabletheory.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.expression.AttributePath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class UpdateRendererTest {

    @Test
    void rendersClausesInKeywordOrderWithPlaceholdersOnly() {
        Placeholders placeholders = new Placeholders();
        UpdateRenderer renderer = new UpdateRenderer(placeholders);
        renderer.delete(AttributePath.of("tags"), AttributeValue.fromSs(List.of("a")));
        renderer.add(AttributePath.of("count"), AttributeValue.fromN("1"));
        renderer.remove(AttributePath.of("items").index(2));
        renderer.set(AttributePath.of("profile").key("city.name"), AttributeValue.fromS("Oslo"));
        renderer.setIfNotExists(AttributePath.of("status"), AttributeValue.fromS("new"));
        renderer.listAppend(AttributePath.of("history"), AttributeValue.fromL(List.of()), false);
        renderer.listAppend(AttributePath.of("history"), AttributeValue.fromL(List.of()), true);

        assertThat(renderer.render()).isEqualTo("SET #n3.#n4 = :v2, #n5 = if_not_exists(#n5, :v3),"
                + " #n6 = list_append(#n6, :v4), #n6 = list_append(:v5, #n6) REMOVE #n2[2] ADD #n1 :v1 DELETE #n0 :v0");
        assertThat(placeholders.names()).containsEntry("#n4", "city.name").containsEntry("#n3", "profile");
        assertThat(placeholders.values()).containsEntry(":v2", AttributeValue.fromS("Oslo"));
    }

    @Test
    void isEmptyUntilAClauseIsAdded() {
        UpdateRenderer renderer = new UpdateRenderer(new Placeholders());
        assertThat(renderer.isEmpty()).isTrue();
        assertThat(renderer.render()).isEmpty();
        renderer.remove(AttributePath.of("a"));
        assertThat(renderer.isEmpty()).isFalse();
        assertThat(renderer.render()).isEqualTo("REMOVE #n0");
    }

    @Test
    void projectionListsEveryPathAsPlaceholders() {
        Placeholders placeholders = new Placeholders();
        assertThat(placeholders.projection(List.of(AttributePath.of("a.b"), AttributePath.of("m").key("k")
                .index(1)))).isEqualTo("#n0, #n1.#n2[1]");
        assertThat(placeholders.names()).isEqualTo(Map.of("#n0", "a.b", "#n1", "m", "#n2", "k"));
    }
}
