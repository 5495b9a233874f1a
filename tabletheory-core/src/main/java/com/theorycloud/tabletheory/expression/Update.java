package com.theorycloud.tabletheory.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An immutable description of an in-place update of one item: SET, REMOVE, ADD and DELETE actions, an optional
 * condition, an optional expected version and the values to return. Every method returns a new {@code Update}, so a
 * prepared update can be shared and extended. Run it with {@code Table.update(key, update)}:
 *
 * <pre>{@code
 * users.update(Key.of("USER#1", "PROFILE"), Update.create()
 *         .set("nickname", "Al")
 *         .add("loginCount", 1)
 *         .remove("tags")
 *         .expectVersion(3));
 * }</pre>
 *
 * <p>A {@code String} names ONE top-level attribute literally; use {@link AttributePath} for nested map keys and list
 * indexes. Values of whole model attributes go through the attribute's converter; nested values use the plain
 * document mapping. Every name and value reaches DynamoDB as a placeholder.
 */
public final class Update {

    /** One action of an update. */
    public sealed interface Action permits Set, SetIfNotExists, Add, Remove, Delete, ListAppend {
        /** The path the action writes. */
        AttributePath path();
    }

    /**
     * {@code SET path = value}; a {@code null} value, or an empty value of an omit-empty attribute, removes the
     * attribute instead.
     *
     * @param path  the path written
     * @param value the logical value
     */
    public record Set(AttributePath path, @Nullable Object value) implements Action {
    }

    /**
     * {@code SET path = if_not_exists(path, value)}: sets a value only when the attribute is absent.
     *
     * @param path  the path written
     * @param value the value used when the attribute is absent
     */
    public record SetIfNotExists(AttributePath path, Object value) implements Action {
    }

    /**
     * {@code ADD path value}: adds to a number (a missing number counts as 0) or adds elements to a set.
     *
     * @param path  the number or set attribute
     * @param value a number, or a collection of set elements
     */
    public record Add(AttributePath path, Object value) implements Action {
    }

    /**
     * {@code REMOVE path}.
     *
     * @param path the attribute, map key or list element removed
     */
    public record Remove(AttributePath path) implements Action {
    }

    /**
     * {@code DELETE path value}: removes elements from a set.
     *
     * @param path  the set attribute
     * @param value the elements to remove (a collection or a single element)
     */
    public record Delete(AttributePath path, Object value) implements Action {
    }

    /**
     * {@code SET path = list_append(path, values)} or, when prepending, {@code list_append(values, path)}. The list
     * must exist.
     *
     * @param path    the list attribute
     * @param values  the elements added
     * @param prepend whether the elements go in front
     */
    public record ListAppend(AttributePath path, List<@Nullable Object> values, boolean prepend) implements Action {
        /** Copies the values. */
        public ListAppend {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private static final Update EMPTY = new Update(List.of(), null, null, ReturnValues.ALL_NEW);

    private final List<Action> actions;
    private final @Nullable Condition condition;
    private final @Nullable Long expectedVersion;
    private final ReturnValues returnValues;

    private Update(List<Action> actions, @Nullable Condition condition, @Nullable Long expectedVersion,
            ReturnValues returnValues) {
        this.actions = List.copyOf(actions);
        this.condition = condition;
        this.expectedVersion = expectedVersion;
        this.returnValues = returnValues;
    }

    /** An update without actions yet; add them with {@link #set}, {@link #remove}, {@link #add} and the others. */
    public static Update create() {
        return EMPTY;
    }

    /** This update plus {@code SET attribute = value}. */
    public Update set(String attribute, @Nullable Object value) {
        return set(AttributePath.of(attribute), value);
    }

    /** This update plus {@code SET path = value}. */
    public Update set(AttributePath path, @Nullable Object value) {
        return with(new Set(path, value));
    }

    /** This update plus {@code SET attribute = if_not_exists(attribute, value)}. */
    public Update setIfNotExists(String attribute, Object value) {
        return with(new SetIfNotExists(AttributePath.of(attribute), value));
    }

    /** This update plus {@code SET path = if_not_exists(path, value)}. */
    public Update setIfNotExists(AttributePath path, Object value) {
        return with(new SetIfNotExists(path, value));
    }

    /** This update plus {@code ADD attribute value} (a number, or set elements). */
    public Update add(String attribute, Object value) {
        return add(AttributePath.of(attribute), value);
    }

    /** This update plus {@code ADD path value} (a number, or set elements). */
    public Update add(AttributePath path, Object value) {
        return with(new Add(path, value));
    }

    /** This update plus {@code ADD attribute 1}. */
    public Update increment(String attribute) {
        return add(AttributePath.of(attribute), 1);
    }

    /** This update plus {@code ADD attribute -1}. */
    public Update decrement(String attribute) {
        return add(AttributePath.of(attribute), -1);
    }

    /** This update plus {@code REMOVE attribute}. */
    public Update remove(String attribute) {
        return remove(AttributePath.of(attribute));
    }

    /** This update plus {@code REMOVE path}; a path with a list index removes that element. */
    public Update remove(AttributePath path) {
        return with(new Remove(path));
    }

    /** This update plus {@code DELETE attribute elements}: removes the elements from a set. */
    public Update deleteFromSet(String attribute, Object... elements) {
        return with(new Delete(AttributePath.of(attribute), Arrays.asList(elements)));
    }

    /** This update plus {@code DELETE path elements}: removes the elements from a set. */
    public Update deleteFromSet(AttributePath path, java.util.Collection<?> elements) {
        return with(new Delete(path, List.copyOf(elements)));
    }

    /** This update plus {@code SET attribute = list_append(attribute, elements)}. */
    public Update appendToList(String attribute, @Nullable Object... elements) {
        return with(new ListAppend(AttributePath.of(attribute), Arrays.asList(elements), false));
    }

    /** This update plus {@code SET path = list_append(path, elements)}. */
    public Update appendToList(AttributePath path, List<@Nullable Object> elements) {
        return with(new ListAppend(path, elements, false));
    }

    /** This update plus {@code SET attribute = list_append(elements, attribute)}. */
    public Update prependToList(String attribute, @Nullable Object... elements) {
        return with(new ListAppend(AttributePath.of(attribute), Arrays.asList(elements), true));
    }

    /** This update plus {@code SET path = list_append(elements, path)}. */
    public Update prependToList(AttributePath path, List<@Nullable Object> elements) {
        return with(new ListAppend(path, elements, true));
    }

    /** This update, applied only if {@code condition} also holds (ANDed with any condition given before). */
    public Update onlyIf(Condition condition) {
        Condition combined = this.condition == null ? condition : this.condition.and(condition);
        return new Update(actions, combined, expectedVersion, returnValues);
    }

    /**
     * This update, applied only if the stored item still has this version (optimistic locking); the version is
     * incremented by the update either way.
     */
    public Update expectVersion(long version) {
        return new Update(actions, condition, version, returnValues);
    }

    /** This update returning the given values ({@link ReturnValues#ALL_NEW} by default). */
    public Update returning(ReturnValues values) {
        return new Update(actions, condition, expectedVersion, values);
    }

    /** The actions, in the order given. */
    public List<Action> actions() {
        return actions;
    }

    /** The caller's condition, or {@code null}. */
    public @Nullable Condition condition() {
        return condition;
    }

    /** The version the stored item must have, or {@code null} for no version check. */
    public @Nullable Long expectedVersion() {
        return expectedVersion;
    }

    /** What the update returns. */
    public ReturnValues returnValues() {
        return returnValues;
    }

    private Update with(Action action) {
        List<Action> next = new ArrayList<>(actions.size() + 1);
        next.addAll(actions);
        next.add(action);
        return new Update(next, condition, expectedVersion, returnValues);
    }

    @Override
    public String toString() {
        return "Update" + actions + (condition == null ? "" : " if " + condition)
                + (expectedVersion == null ? "" : " at version " + expectedVersion) + " returning " + returnValues;
    }
}
