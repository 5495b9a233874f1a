package com.theorycloud.tabletheory.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttributePathTest {

    @Test
    void keepsDotsInLiteralNames() {
        AttributePath path = AttributePath.of("a.b");
        assertThat(path.segments()).containsExactly(new AttributePath.Name("a.b"));
        assertThat(path.isTopLevel()).isTrue();
    }

    @Test
    void buildsNestedPathsFromSegments() {
        AttributePath path = AttributePath.of("items").index(0).key("sku-code");
        assertThat(path.segments()).containsExactly(new AttributePath.Name("items"), new AttributePath.Index(0),
                new AttributePath.Name("sku-code"));
        assertThat(path.attributeName()).isEqualTo("items");
        assertThat(path.isTopLevel()).isFalse();
        assertThat(path).hasToString("items[0].sku-code");
    }

    @Test
    void parsesDocumentPathShorthand() {
        assertThat(AttributePath.parse("profile.addresses[2].city"))
                .isEqualTo(AttributePath.of("profile").key("addresses").index(2).key("city"));
        assertThat(AttributePath.parse("matrix[1][3]")).isEqualTo(AttributePath.of("matrix").index(1).index(3));
    }

    @Test
    void rejectsMalformedShorthand() {
        assertThatThrownBy(() -> AttributePath.parse("a..b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributePath.parse("[0]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributePath.parse("a[x]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributePath.parse("a.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributePath.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributePath.of("a").index(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flattensNestedAndsAndOrs() {
        Condition a = Condition.attributeExists("a");
        Condition b = Condition.attributeExists("b");
        Condition c = Condition.attributeExists("c");
        assertThat(a.and(b).and(c)).isEqualTo(new Condition.And(java.util.List.of(a, b, c)));
        assertThat(a.or(b).or(c)).isEqualTo(new Condition.Or(java.util.List.of(a, b, c)));
        assertThat(a.and(b.or(c))).isEqualTo(new Condition.And(java.util.List.of(a, new Condition.Or(
                java.util.List.of(b, c)))));
    }
}
