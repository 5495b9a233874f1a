package com.theorycloud.tabletheory.expression.internal;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Renders a {@link Condition} tree as a DynamoDB condition expression. Names and values always go through
 * {@link Placeholders}; only operators, function names, parentheses and list indexes are written literally, so no
 * user text can change the structure of the expression.
 */
public final class ConditionRenderer {

    private final Placeholders placeholders;
    private final ValueEncoder encoder;

    /**
     * Creates a renderer writing into the given placeholder tables.
     *
     * @param placeholders the request's placeholders
     * @param encoder      converts logical operands to attribute values
     */
    public ConditionRenderer(Placeholders placeholders, ValueEncoder encoder) {
        this.placeholders = placeholders;
        this.encoder = encoder;
    }

    /** Renders a condition. */
    public String render(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return path(c.path()) + ' ' + c.comparator().symbol() + ' '
                    + value(c, c.value(), ValueEncoder.Use.VALUE);
        }
        if (condition instanceof Condition.Between b) {
            return path(b.path()) + " BETWEEN " + value(b, b.low(), ValueEncoder.Use.VALUE) + " AND "
                    + value(b, b.high(), ValueEncoder.Use.VALUE);
        }
        if (condition instanceof Condition.In in) {
            StringBuilder out = new StringBuilder(path(in.path())).append(" IN (");
            for (int i = 0; i < in.values().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(value(in, in.values().get(i), ValueEncoder.Use.VALUE));
            }
            return out.append(')').toString();
        }
        if (condition instanceof Condition.BeginsWith b) {
            return "begins_with(" + path(b.path()) + ", " + value(b, b.prefix(), ValueEncoder.Use.PREFIX)
                    + ')';
        }
        if (condition instanceof Condition.Contains c) {
            return "contains(" + path(c.path()) + ", " + value(c, c.operand(), ValueEncoder.Use.ELEMENT)
                    + ')';
        }
        if (condition instanceof Condition.AttributeExists e) {
            return "attribute_exists(" + path(e.path()) + ')';
        }
        if (condition instanceof Condition.AttributeNotExists e) {
            return "attribute_not_exists(" + path(e.path()) + ')';
        }
        if (condition instanceof Condition.AttributeType t) {
            return "attribute_type(" + path(t.path()) + ", "
                    + placeholders.value(AttributeValue.fromS(t.type().name())) + ')';
        }
        if (condition instanceof Condition.SizeComparison s) {
            return "size(" + path(s.path()) + ") " + s.comparator().symbol() + ' '
                    + placeholders.value(AttributeValue.fromN(Long.toString(s.size())));
        }
        if (condition instanceof Condition.And and) {
            return join(and.conditions(), " AND ");
        }
        if (condition instanceof Condition.Or or) {
            return join(or.conditions(), " OR ");
        }
        Condition.Not not = (Condition.Not) condition;
        return "NOT (" + render(not.condition()) + ')';
    }

    /** Renders several conditions that must all hold, e.g. the engine's own checks followed by the caller's. */
    public String renderAll(List<Condition> conditions) {
        return conditions.size() == 1 ? render(conditions.get(0)) : join(conditions, " AND ");
    }

    private String join(List<Condition> parts, String operator) {
        if (parts.size() == 1) {
            return render(parts.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (Condition part : parts) {
            if (!out.isEmpty()) {
                out.append(operator);
            }
            // Parentheses around every operand keep precedence explicit whatever the nesting.
            out.append('(').append(render(part)).append(')');
        }
        return out.toString();
    }

    /** Every attribute a condition names is checked first, so encrypted attributes are refused whatever the test. */
    private String path(AttributePath path) {
        encoder.checkQueryable(path);
        return placeholders.path(path);
    }

    private String value(Condition condition, @Nullable Object value, ValueEncoder.Use use) {
        return placeholders.value(encoder.encode(pathOf(condition), value, use));
    }

    private static AttributePath pathOf(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return c.path();
        }
        if (condition instanceof Condition.Between b) {
            return b.path();
        }
        if (condition instanceof Condition.In in) {
            return in.path();
        }
        if (condition instanceof Condition.BeginsWith b) {
            return b.path();
        }
        return ((Condition.Contains) condition).path();
    }
}
