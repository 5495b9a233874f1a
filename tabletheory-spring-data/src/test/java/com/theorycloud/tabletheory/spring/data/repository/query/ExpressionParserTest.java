package com.theorycloud.tabletheory.spring.data.repository.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.theorycloud.tabletheory.expression.Comparator;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.And;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.Between;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.Compare;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.Function;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.In;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.Not;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.Or;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.Size;

import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    @Test
    void andBindsTighterThanOr() {
        assertThat(ExpressionParser.parse("a = :x OR b <> :y AND c >= :z")).isEqualTo(new Or(
                new Compare("a", Comparator.EQ, "x"),
                new And(new Compare("b", Comparator.NE, "y"), new Compare("c", Comparator.GE, "z"))));
    }

    @Test
    void parsesFunctionsBetweenInSizeNotAndParentheses() {
        assertThat(ExpressionParser.parse("NOT (begins_with(sku, :p) or contains(tags, :t))")).isEqualTo(new Not(
                new Or(new Function("begins_with", "sku", "p"), new Function("contains", "tags", "t"))));
        assertThat(ExpressionParser.parse("total between :lo and :hi")).isEqualTo(new Between("total", "lo", "hi"));
        assertThat(ExpressionParser.parse("status IN (:a, :b)")).isEqualTo(new In("status", List.of("a", "b")));
        assertThat(ExpressionParser.parse("size(tags) < :n")).isEqualTo(new Size("tags", Comparator.LT, "n"));
        assertThat(ExpressionParser.parse("attribute_not_exists(address.city)"))
                .isEqualTo(new Function("attribute_not_exists", "address.city", ""));
    }

    @Test
    void rejectsLiteralsAndBrokenSyntaxWithThePosition() {
        assertThatThrownBy(() -> ExpressionParser.parse("a = 5")).hasMessageContaining("operands must be method"
                + " parameters written as :name, found '5'");
        assertThatThrownBy(() -> ExpressionParser.parse("a = :x AND")).hasMessageContaining("at the end");
        assertThatThrownBy(() -> ExpressionParser.parse("a = :x)")).hasMessageContaining("unexpected ')'");
        assertThatThrownBy(() -> ExpressionParser.parse("a ~ :x")).hasMessageContaining("unexpected '~'");
    }
}
