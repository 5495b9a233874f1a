package com.theorycloud.tabletheory.expression;

import com.theorycloud.tabletheory.model.DynamoType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An immutable condition over an item's attributes, used to guard writes (and later to filter reads). Build it with the
 * static factories and combine with {@link #and}, {@link #or} and {@link #not}:
 *
 * <pre>{@code
 * Condition.eq("status", Status.ACTIVE).and(Condition.size("tags").lt(10))
 * }</pre>
 *
 * <p>A {@code String} argument names ONE top-level attribute literally, by its stored DynamoDB attribute name (not
 * the Java property name); use {@link AttributePath} for nested map keys and list indexes. Values are logical Java values: when the path is a whole model attribute they are converted with
 * that attribute's converter, otherwise with the plain document mapping (String, Number, Boolean, byte[], List, Map,
 * null). A {@link software.amazon.awssdk.services.dynamodb.model.AttributeValue} is used as given. Every name and value
 * reaches DynamoDB as a placeholder, so no text in them can change the expression.
 */
public sealed interface Condition {

    /**
     * {@code path op value}.
     *
     * @param path       the attribute compared
     * @param comparator the operator
     * @param value      the logical value compared with
     */
    record Comparison(AttributePath path, Comparator comparator, @Nullable Object value) implements Condition {
    }

    /**
     * {@code path BETWEEN low AND high} (inclusive).
     *
     * @param path the attribute compared
     * @param low  the lower bound
     * @param high the upper bound
     */
    record Between(AttributePath path, Object low, Object high) implements Condition {
    }

    /**
     * {@code path IN (values...)}, one to one hundred values.
     *
     * @param path   the attribute compared
     * @param values the candidate values
     */
    record In(AttributePath path, List<@Nullable Object> values) implements Condition {
        /** Copies the values and checks DynamoDB's limit of 1 to 100 operands. */
        public In {
            if (values.isEmpty() || values.size() > 100) {
                throw new IllegalArgumentException("IN takes 1 to 100 values, got " + values.size());
            }
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * {@code begins_with(path, prefix)} for strings and binaries.
     *
     * @param path   the attribute tested
     * @param prefix the prefix
     */
    record BeginsWith(AttributePath path, Object prefix) implements Condition {
    }

    /**
     * {@code contains(path, operand)}: a substring of a string, an element of a set or list.
     *
     * @param path    the attribute tested
     * @param operand the substring or element
     */
    record Contains(AttributePath path, Object operand) implements Condition {
    }

    /**
     * {@code attribute_exists(path)}.
     *
     * @param path the attribute tested
     */
    record AttributeExists(AttributePath path) implements Condition {
    }

    /**
     * {@code attribute_not_exists(path)}.
     *
     * @param path the attribute tested
     */
    record AttributeNotExists(AttributePath path) implements Condition {
    }

    /**
     * {@code attribute_type(path, type)}.
     *
     * @param path the attribute tested
     * @param type the DynamoDB type it must have
     */
    record AttributeType(AttributePath path, DynamoType type) implements Condition {
    }

    /**
     * {@code size(path) op value}: string or binary length, or the number of elements of a set, list or map.
     *
     * @param path       the attribute measured
     * @param comparator the operator
     * @param size       the size compared with
     */
    record SizeComparison(AttributePath path, Comparator comparator, long size) implements Condition {
    }

    /**
     * All conditions hold.
     *
     * @param conditions two or more conditions
     */
    record And(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public And {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("AND needs at least one condition");
            }
        }
    }

    /**
     * At least one condition holds.
     *
     * @param conditions two or more conditions
     */
    record Or(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public Or {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("OR needs at least one condition");
            }
        }
    }

    /**
     * The condition does not hold.
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {
    }

    /** The start of a {@code size(path)} comparison, e.g. {@code Condition.size("tags").gt(2)}. */
    final class SizeOf {
        private final AttributePath path;

        SizeOf(AttributePath path) {
            this.path = path;
        }

        /** {@code size(path) = n}. */
        public Condition eq(long n) {
            return new SizeComparison(path, Comparator.EQ, n);
        }

        /** {@code size(path) <> n}. */
        public Condition ne(long n) {
            return new SizeComparison(path, Comparator.NE, n);
        }

        /** {@code size(path) < n}. */
        public Condition lt(long n) {
            return new SizeComparison(path, Comparator.LT, n);
        }

        /** {@code size(path) <= n}. */
        public Condition le(long n) {
            return new SizeComparison(path, Comparator.LE, n);
        }

        /** {@code size(path) > n}. */
        public Condition gt(long n) {
            return new SizeComparison(path, Comparator.GT, n);
        }

        /** {@code size(path) >= n}. */
        public Condition ge(long n) {
            return new SizeComparison(path, Comparator.GE, n);
        }
    }

    /** This condition and the other. */
    default Condition and(Condition other) {
        return Condition.and(this, other);
    }

    /** This condition or the other. */
    default Condition or(Condition other) {
        return Condition.or(this, other);
    }

    /** {@code attribute_exists(attribute)}. */
    static Condition attributeExists(String attribute) {
        return new AttributeExists(AttributePath.of(attribute));
    }

    /** {@code attribute_exists(path)}. */
    static Condition attributeExists(AttributePath path) {
        return new AttributeExists(path);
    }

    /** {@code attribute_not_exists(attribute)}. */
    static Condition attributeNotExists(String attribute) {
        return new AttributeNotExists(AttributePath.of(attribute));
    }

    /** {@code attribute_not_exists(path)}. */
    static Condition attributeNotExists(AttributePath path) {
        return new AttributeNotExists(path);
    }

    /** {@code attribute = value}. */
    static Condition eq(String attribute, @Nullable Object value) {
        return compare(AttributePath.of(attribute), Comparator.EQ, value);
    }

    /** {@code path = value}. */
    static Condition eq(AttributePath path, @Nullable Object value) {
        return compare(path, Comparator.EQ, value);
    }

    /** {@code attribute <> value}. */
    static Condition ne(String attribute, @Nullable Object value) {
        return compare(AttributePath.of(attribute), Comparator.NE, value);
    }

    /** {@code path <> value}. */
    static Condition ne(AttributePath path, @Nullable Object value) {
        return compare(path, Comparator.NE, value);
    }

    /** {@code attribute < value}. */
    static Condition lt(String attribute, Object value) {
        return compare(AttributePath.of(attribute), Comparator.LT, value);
    }

    /** {@code path < value}. */
    static Condition lt(AttributePath path, Object value) {
        return compare(path, Comparator.LT, value);
    }

    /** {@code attribute <= value}. */
    static Condition le(String attribute, Object value) {
        return compare(AttributePath.of(attribute), Comparator.LE, value);
    }

    /** {@code path <= value}. */
    static Condition le(AttributePath path, Object value) {
        return compare(path, Comparator.LE, value);
    }

    /** {@code attribute > value}. */
    static Condition gt(String attribute, Object value) {
        return compare(AttributePath.of(attribute), Comparator.GT, value);
    }

    /** {@code path > value}. */
    static Condition gt(AttributePath path, Object value) {
        return compare(path, Comparator.GT, value);
    }

    /** {@code attribute >= value}. */
    static Condition ge(String attribute, Object value) {
        return compare(AttributePath.of(attribute), Comparator.GE, value);
    }

    /** {@code path >= value}. */
    static Condition ge(AttributePath path, Object value) {
        return compare(path, Comparator.GE, value);
    }

    /** {@code path op value}. */
    static Condition compare(AttributePath path, Comparator comparator, @Nullable Object value) {
        return new Comparison(path, comparator, value);
    }

    /** {@code attribute BETWEEN low AND high}. */
    static Condition between(String attribute, Object low, Object high) {
        return new Between(AttributePath.of(attribute), low, high);
    }

    /** {@code path BETWEEN low AND high}. */
    static Condition between(AttributePath path, Object low, Object high) {
        return new Between(path, low, high);
    }

    /** {@code begins_with(attribute, prefix)}. */
    static Condition beginsWith(String attribute, Object prefix) {
        return new BeginsWith(AttributePath.of(attribute), prefix);
    }

    /** {@code begins_with(path, prefix)}. */
    static Condition beginsWith(AttributePath path, Object prefix) {
        return new BeginsWith(path, prefix);
    }

    /** {@code contains(attribute, operand)}. */
    static Condition contains(String attribute, Object operand) {
        return new Contains(AttributePath.of(attribute), operand);
    }

    /** {@code contains(path, operand)}. */
    static Condition contains(AttributePath path, Object operand) {
        return new Contains(path, operand);
    }

    /** {@code attribute_type(attribute, type)}. */
    static Condition attributeType(String attribute, DynamoType type) {
        return new AttributeType(AttributePath.of(attribute), type);
    }

    /** {@code attribute_type(path, type)}. */
    static Condition attributeType(AttributePath path, DynamoType type) {
        return new AttributeType(path, type);
    }

    /** The start of a {@code size(attribute)} comparison. */
    static SizeOf size(String attribute) {
        return new SizeOf(AttributePath.of(attribute));
    }

    /** The start of a {@code size(path)} comparison. */
    static SizeOf size(AttributePath path) {
        return new SizeOf(path);
    }

    /** {@code attribute IN (values...)}. */
    static Condition in(String attribute, @Nullable Object... values) {
        return new In(AttributePath.of(attribute), Arrays.asList(values));
    }

    /** {@code path IN (values...)}. */
    static Condition in(AttributePath path, List<@Nullable Object> values) {
        return new In(path, values);
    }

    /** All of the conditions; nested ANDs are flattened. */
    static Condition and(Condition first, Condition... more) {
        return combine(true, first, more);
    }

    /** Any of the conditions; nested ORs are flattened. */
    static Condition or(Condition first, Condition... more) {
        return combine(false, first, more);
    }

    /** The negation of a condition. */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    private static Condition combine(boolean and, Condition first, Condition... more) {
        if (more.length == 0) {
            return first;
        }
        List<Condition> parts = new ArrayList<>();
        flattenInto(parts, and, first);
        for (Condition c : more) {
            flattenInto(parts, and, c);
        }
        return and ? new And(parts) : new Or(parts);
    }

    private static void flattenInto(List<Condition> parts, boolean and, Condition condition) {
        if (and && condition instanceof And a) {
            parts.addAll(a.conditions());
        } else if (!and && condition instanceof Or o) {
            parts.addAll(o.conditions());
        } else {
            parts.add(condition);
        }
    }
}
