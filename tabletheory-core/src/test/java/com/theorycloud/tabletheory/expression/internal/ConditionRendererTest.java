package com.theorycloud.tabletheory.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.model.DynamoType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConditionRendererTest {

    private final Placeholders placeholders = new Placeholders();
    private final ConditionRenderer renderer = new ConditionRenderer(placeholders, ValueEncoder.plain());

    @Test
    void rendersEveryNameAndValueAsPlaceholder() {
        String expression = renderer.render(Condition.eq("status", "ACTIVE").and(Condition.gt("size", 3)));

        assertThat(expression).isEqualTo("(#n0 = :v0) AND (#n1 > :v1)");
        assertThat(placeholders.names()).containsExactly(Map.entry("#n0", "status"), Map.entry("#n1", "size"));
        assertThat(placeholders.values()).containsExactly(Map.entry(":v0", AttributeValue.fromS("ACTIVE")),
                Map.entry(":v1", AttributeValue.fromN("3")));
    }

    @Test
    void reservedWordsNeverAppearLiterally() {
        String expression = renderer.render(Condition.and(Condition.attributeExists("name"),
                Condition.size("size").ge(1), Condition.ne("status", "x")));

        assertThat(expression).doesNotContain("name").doesNotContain("status")
                .isEqualTo("(attribute_exists(#n0)) AND (size(#n1) >= :v0) AND (#n2 <> :v1)");
    }

    @Test
    void injectionInNamesCannotChangeTheStructure() {
        String hostile = "a) OR attribute_exists(b";
        String expression = renderer.render(Condition.attributeNotExists(hostile));

        assertThat(expression).isEqualTo("attribute_not_exists(#n0)");
        assertThat(placeholders.names()).containsEntry("#n0", hostile);
    }

    @Test
    void injectionInValuesAndPlaceholderLookalikesStayValues() {
        String expression = renderer.render(Condition.eq("#n0", ":v0 OR #n0 = :v0").or(
                Condition.beginsWith("x) OR (y", ") OR attribute_exists(")));

        assertThat(expression).isEqualTo("(#n0 = :v0) OR (begins_with(#n1, :v1))");
        assertThat(placeholders.names()).containsEntry("#n0", "#n0").containsEntry("#n1", "x) OR (y");
        assertThat(placeholders.values()).containsEntry(":v0", AttributeValue.fromS(":v0 OR #n0 = :v0"))
                .containsEntry(":v1", AttributeValue.fromS(") OR attribute_exists("));
    }

    @Test
    void rendersNestedPathsWithDotsDashesAndUnicode() {
        AttributePath path = AttributePath.of("pro.file").key("käse-name").index(2).key("日本");
        String expression = renderer.render(Condition.eq(path, 1));

        assertThat(expression).isEqualTo("#n0.#n1[2].#n2 = :v0");
        assertThat(placeholders.names()).containsExactly(Map.entry("#n0", "pro.file"), Map.entry("#n1", "käse-name"),
                Map.entry("#n2", "日本"));
    }

    @Test
    void reusesThePlaceholderOfARepeatedName() {
        String expression = renderer.render(Condition.gt("n", 1).and(Condition.lt("n", 9)));

        assertThat(expression).isEqualTo("(#n0 > :v0) AND (#n0 < :v1)");
        assertThat(placeholders.names()).hasSize(1);
    }

    @Test
    void rendersEveryOperator() {
        assertThat(render(Condition.between("n", 1, 5))).isEqualTo("#n0 BETWEEN :v0 AND :v1");
        assertThat(render(Condition.in("s", "a", "b", "c"))).isEqualTo("#n0 IN (:v0, :v1, :v2)");
        assertThat(render(Condition.contains("tags", "x"))).isEqualTo("contains(#n0, :v0)");
        assertThat(render(Condition.attributeType("m", DynamoType.M))).isEqualTo("attribute_type(#n0, :v0)");
        assertThat(render(Condition.size("s").eq(0))).isEqualTo("size(#n0) = :v0");
        assertThat(render(Condition.le("n", 1))).isEqualTo("#n0 <= :v0");
        assertThat(render(Condition.ge("n", 1))).isEqualTo("#n0 >= :v0");
        assertThat(render(Condition.lt("n", 1))).isEqualTo("#n0 < :v0");
        assertThat(render(Condition.not(Condition.attributeExists("a")))).isEqualTo("NOT (attribute_exists(#n0))");
    }

    @Test
    void attributeTypeSendsTheTypeLetterAsValue() {
        renderer.render(Condition.attributeType("m", DynamoType.NULL));
        assertThat(placeholders.values()).containsEntry(":v0", AttributeValue.fromS("NULL"));
    }

    @Test
    void keepsPrecedenceExplicitInMixedTrees() {
        Condition tree = Condition.or(Condition.eq("a", 1).and(Condition.eq("b", 2)),
                Condition.not(Condition.eq("c", 3).or(Condition.eq("d", 4))));

        assertThat(render(tree)).isEqualTo("((#n0 = :v0) AND (#n1 = :v1)) OR (NOT ((#n2 = :v2) OR (#n3 = :v3)))");
    }

    @Test
    void mergesEngineAndCallerConditionsWithoutClashes() {
        Placeholders shared = new Placeholders();
        String engine = shared.name("PK");
        ConditionRenderer sharedRenderer = new ConditionRenderer(shared, ValueEncoder.plain());
        String expression = sharedRenderer.renderAll(List.of(Condition.attributeExists("PK"),
                Condition.eq("version", AttributeValue.fromN("3")), Condition.eq("nickname", "x")));

        assertThat(engine).isEqualTo("#n0");
        assertThat(expression).isEqualTo("(attribute_exists(#n0)) AND (#n1 = :v0) AND (#n2 = :v1)");
        assertThat(shared.values()).containsEntry(":v0", AttributeValue.fromN("3"));
    }

    @Test
    void nullValuesBecomeNull() {
        renderer.render(Condition.eq("a", null));
        assertThat(placeholders.values()).containsEntry(":v0", AttributeValue.fromNul(true));
    }

    private String render(Condition condition) {
        return new ConditionRenderer(new Placeholders(), ValueEncoder.plain()).render(condition);
    }
}
