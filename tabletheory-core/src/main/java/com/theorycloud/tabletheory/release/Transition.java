package com.theorycloud.tabletheory.release;

import com.theorycloud.tabletheory.outbox.OutboxRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One release-state transition for {@link ReleaseStateService#transition}: the actual row (its key and the new
 * values of {@code fields}), the version the caller read, the event row to append and, optionally, the outbox record
 * of the side effect to perform afterwards.
 *
 * <pre>{@code
 * Transition<Actual, Event> promote = Transition.<Actual, Event>of(actual.withStatus("active"), "status")
 *     .expectVersion(actual.version())
 *     .event(new Event("RELEASE#svc", "EVENT#2026-04-24T19:05:00Z#rel_002", "rel_002", "promoted"))
 *     .outbox(aliasFlip)
 *     .build();
 * }</pre>
 *
 * @param actual          the actual row: key attributes plus the values of {@code fields}
 * @param fields          the attributes the transition sets (never the version; it is incremented)
 * @param expectedVersion the stored version the transition requires, or {@code null} for no check
 * @param event           the event row, created with a not-exists condition
 * @param outbox          the outbox record to create in the same transaction, or {@code null}
 * @param protect         attributes to protect for this transition on top of the model's protected attributes
 * @param <A>             the actual-row type
 * @param <E>             the event-row type
 */
public record Transition<A, E>(A actual, List<String> fields, @Nullable Long expectedVersion, E event,
        @Nullable OutboxRecord outbox, Set<String> protect) {

    /** Validates and copies. */
    public Transition {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(event, "event: a transition always appends an event row");
        fields = List.copyOf(fields);
        protect = Set.copyOf(protect);
    }

    /** Starts a transition that sets {@code fields} of {@code actual}. */
    public static <A, E> Builder<A, E> of(A actual, String... fields) {
        return new Builder<A, E>(actual, Arrays.asList(fields));
    }

    /** Starts a transition that sets {@code fields} of {@code actual}. */
    public static <A, E> Builder<A, E> of(A actual, List<String> fields) {
        return new Builder<A, E>(actual, fields);
    }

    /** Builds a {@link Transition}. */
    public static final class Builder<A, E> {

        private final A actual;
        private final List<String> fields;
        private @Nullable Long expectedVersion;
        private @Nullable E event;
        private @Nullable OutboxRecord outbox;
        private Set<String> protect = Set.of();

        private Builder(A actual, List<String> fields) {
            this.actual = actual;
            this.fields = List.copyOf(fields);
        }

        /** Requires the stored version to be {@code version}; the transition stores {@code version + 1}. */
        public Builder<A, E> expectVersion(long version) {
            this.expectedVersion = version;
            return this;
        }

        /** The event row to append. */
        public Builder<A, E> event(E value) {
            this.event = value;
            return this;
        }

        /** The outbox record of the side effect, written in the same transaction. */
        public Builder<A, E> outbox(OutboxRecord value) {
            this.outbox = value;
            return this;
        }

        /** Protects more attributes for this transition only (a call can tighten the model's policy, not loosen it). */
        public Builder<A, E> protect(String... attributes) {
            this.protect = Set.copyOf(Arrays.asList(attributes));
            return this;
        }

        /** The transition. */
        public Transition<A, E> build() {
            return new Transition<>(actual, fields, expectedVersion, Objects.requireNonNull(event,
                    "event: a transition always appends an event row; call event(...)"), outbox, protect);
        }
    }
}
