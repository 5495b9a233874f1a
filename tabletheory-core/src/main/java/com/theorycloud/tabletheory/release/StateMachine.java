package com.theorycloud.tabletheory.release;

import com.theorycloud.tabletheory.error.InvalidOperatorException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The transitions a release-state model allows: for each target state, the stored states it may be reached from. A
 * {@link ReleaseStateService} with a state machine refuses a target it does not know before any call, and makes the
 * stored state part of the transaction's condition, so a concurrent change can never slip an illegal transition in.
 *
 * <pre>{@code
 * StateMachine states = StateMachine.on("status")
 *     .initial("pending")                 // may be set on a row that has no status yet
 *     .allow("pending", "warming")
 *     .allow("warming", "active")
 *     .allow("active", "warming", "retired")
 *     .build();
 * }</pre>
 *
 * @param attribute   the state attribute, e.g. {@code status}
 * @param transitions every target state and the states it may come from
 * @param initial     the states that may be set on a row without a state
 */
public record StateMachine(String attribute, Map<String, Set<String>> transitions, Set<String> initial) {

    /** Validates and copies the definition. */
    public StateMachine {
        Objects.requireNonNull(attribute, "attribute");
        if (transitions.isEmpty() && initial.isEmpty()) {
            throw new InvalidOperatorException(null, "State machine on '" + attribute
                    + "' allows no transition; add allow(from, to) or initial(state)");
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        transitions.forEach((to, from) -> copy.put(to, Set.copyOf(from)));
        transitions = Map.copyOf(copy);
        initial = Set.copyOf(initial);
    }

    /** Starts a state machine over the given state attribute. */
    public static Builder on(String attribute) {
        return new Builder(attribute);
    }

    /** The stored states {@code target} may be reached from (empty when none). */
    public Set<String> sourcesOf(String target) {
        return transitions.getOrDefault(target, Set.of());
    }

    /** Whether {@code target} may be set on a row that has no state yet. */
    public boolean allowsInitial(String target) {
        return initial.contains(target);
    }

    /** Whether moving from {@code from} (or from no state, when {@code null}) to {@code to} is allowed. */
    public boolean allows(@org.jspecify.annotations.Nullable String from, String to) {
        return from == null ? allowsInitial(to) : sourcesOf(to).contains(from);
    }

    /** Builds a {@link StateMachine}. */
    public static final class Builder {

        private final String attribute;
        private final Map<String, Set<String>> transitions = new LinkedHashMap<>();
        private final Set<String> initial = new LinkedHashSet<>();

        private Builder(String attribute) {
            this.attribute = Objects.requireNonNull(attribute, "attribute");
        }

        /** Allows moving from {@code from} to each of {@code targets}. */
        public Builder allow(String from, String... targets) {
            for (String to : targets) {
                transitions.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
            }
            return this;
        }

        /** Allows setting each of {@code states} on a row that has no state yet. */
        public Builder initial(String... states) {
            initial.addAll(Set.of(states));
            return this;
        }

        /** The state machine. */
        public StateMachine build() {
            return new StateMachine(attribute, transitions, initial);
        }
    }
}
