package com.theorycloud.tabletheory.release;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.DuplicateEventException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidTransitionException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.internal.ItemKeys;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.release.internal.PlainValues;
import com.theorycloud.tabletheory.transaction.CancellationReason;
import com.theorycloud.tabletheory.transaction.TransactWrite;
import com.theorycloud.tabletheory.transaction.TransactionCanceledException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Performs release-state transitions: one call is one {@code TransactWriteItems} that updates the actual row (the
 * new fields, the version incremented and, when given, checked), creates the event row with a not-exists condition
 * and, when the transition carries one, creates the outbox record of the side effect. All of it commits or none of
 * it does. Model write policies apply to every part (a protected attribute of the actual row cannot be set; events
 * are write-once), and deploy-authority metadata set by a transition is validated before the call.
 *
 * <pre>{@code
 * ReleaseStateService<Actual, Event> releases = ReleaseStateService.builder(engine, actuals, events)
 *     .stateMachine(StateMachine.on("status").allow("warming", "active").allow("active", "warming").build())
 *     .outbox(Outbox.in(engine, "release_state"))
 *     .build();
 * releases.transition(Transition.<Actual, Event>of(next, "status", "previousReleaseId")
 *     .expectVersion(current.version()).event(promoted).outbox(aliasFlip).build());
 * }</pre>
 *
 * <p>External side effects are not part of the transaction: the outbox record is, and an
 * {@link com.theorycloud.tabletheory.outbox.OutboxRelay} performs the side effect afterwards. Thread-safe; build one
 * per pair of models and share it (it is a natural singleton bean).
 *
 * @param <A> the actual-row type
 * @param <E> the event-row type
 */
public final class ReleaseStateService<A, E> {

    private final TableTheory engine;
    private final Table<A> actuals;
    private final Table<E> events;
    private final @Nullable StateMachine stateMachine;
    private final @Nullable Outbox outbox;
    private final boolean validateDeployAuthority;
    private final AttributeSchema version;

    private ReleaseStateService(Builder<A, E> builder) {
        this.engine = builder.engine;
        this.actuals = builder.actuals;
        this.events = builder.events;
        this.stateMachine = builder.stateMachine;
        this.outbox = builder.outbox;
        this.validateDeployAuthority = builder.validateDeployAuthority;
        String model = actuals.schema().name();
        this.version = actuals.schema().attributeWithRole(AttributeRole.VERSION).orElseThrow(() ->
                new InvalidModelException(model, "Model " + model + " has no version attribute; release-state "
                        + "transitions increment it to order changes; add a @Version (DMS roles: [version]) attribute"));
        if (stateMachine != null && actuals.schema().attribute(stateMachine.attribute()).isEmpty()) {
            throw new InvalidModelException(model, "Model " + model + " has no attribute '"
                    + stateMachine.attribute() + "' for its state machine; name an attribute of the model");
        }
    }

    /**
     * Starts configuring a service over the actual-row and event-row tables of one engine.
     *
     * @param engine  the engine whose transactions are used
     * @param actuals the actual-state rows (a mutable, versioned model)
     * @param events  the event rows (normally a write-once model)
     */
    public static <A, E> Builder<A, E> builder(TableTheory engine, Table<A> actuals, Table<E> events) {
        return new Builder<>(engine, actuals, events);
    }

    /** The state machine transitions are checked against, or {@code null}. */
    public @Nullable StateMachine stateMachine() {
        return stateMachine;
    }

    /**
     * Performs one transition in one transaction.
     *
     * @throws VersionConflictException when the stored version is not the expected one, or the actual row is missing
     * @throws DuplicateEventException when the event row (or the outbox record) already exists
     * @throws InvalidTransitionException when the state machine does not allow the move from the stored state
     * @throws com.theorycloud.tabletheory.error.ProtectedFieldMutationException when the transition sets a protected
     *         attribute (nothing is sent)
     * @throws com.theorycloud.tabletheory.error.RejectedDeployAuthorityEvidenceException when provenance/confidence
     *         metadata set by the transition cannot authorize deploy state (nothing is sent)
     * @throws InvalidOperatorException when the transition sets nothing, or sets the version itself
     * @throws TransactionCanceledException when DynamoDB cancelled the transaction for another reason
     */
    public void transition(Transition<A, E> transition) {
        String model = actuals.schema().name();
        if (transition.fields().isEmpty()) {
            throw new InvalidOperatorException(model, "Release-state transition of " + model
                    + " sets no field; list the attributes the transition changes");
        }
        if (transition.fields().contains(version.name())) {
            throw new InvalidOperatorException(model, "Release-state transition of " + model + " must not set the "
                    + "version attribute '" + version.name() + "' directly; it is incremented by the transition, use "
                    + "expectVersion(...) to check it");
        }
        Map<String, AttributeValue> encoded = new LinkedHashMap<>(actuals.codec().encode(transition.actual()));
        Map<String, @Nullable Object> plain = PlainValues.of(encoded);
        if (validateDeployAuthority && transition.fields().stream().anyMatch(f ->
                f.equals(DeployAuthorityMetadata.PROVENANCE) || f.equals(DeployAuthorityMetadata.CONFIDENCE))) {
            DeployAuthorityMetadata.validate(model, plain);
        }
        Condition stateCondition = stateCondition(plain, transition.fields(), ItemKeys.describe(
                ItemKeys.fromItem(actuals.schema(), encoded)));
        if (transition.expectedVersion() != null) {
            encoded.put(version.name(), AttributeValue.fromN(Long.toString(transition.expectedVersion())));
        } else {
            encoded.remove(version.name());
        }
        A actual = actuals.codec().decode(encoded);
        Table<A> target = transition.protect().isEmpty() ? actuals : actuals.withProtectedAttributes(
                transition.protect());
        TransactWrite tx = engine.transactWrite()
                .update(target, actual, transition.fields(), stateCondition)
                .create(events, transition.event())
                .returnOldItemsOnConditionFailure();
        if (transition.outbox() != null) {
            Objects.requireNonNull(outbox, "This ReleaseStateService has no outbox; configure one with "
                    + "Builder.outbox(...) before adding outbox records to transitions")
                    .writer().add(tx, transition.outbox());
        }
        try {
            tx.execute();
        } catch (TransactionCanceledException cancelled) {
            throw translate(cancelled, transition, plain);
        }
    }

    private @Nullable Condition stateCondition(Map<String, @Nullable Object> plain, List<String> fields, String key) {
        if (stateMachine == null) {
            return null;
        }
        String attribute = stateMachine.attribute();
        String model = actuals.schema().name();
        if (!fields.contains(attribute) || !(plain.get(attribute) instanceof String to)) {
            throw new InvalidTransitionException(model, "Release-state transition of " + model + " [" + key
                    + "] does not set the state attribute '" + attribute + "' to a string; a model with a state "
                    + "machine changes state in every transition");
        }
        Set<String> sources = stateMachine.sourcesOf(to);
        boolean initial = stateMachine.allowsInitial(to);
        if (sources.isEmpty() && !initial) {
            throw new InvalidTransitionException(model, "Release-state transition of " + model + " [" + key
                    + "] to '" + to + "' is not allowed from any state; add allow(from, \"" + to
                    + "\") to the state machine");
        }
        List<Condition> allowed = new ArrayList<>();
        if (!sources.isEmpty()) {
            allowed.add(Condition.in(attribute, sources.stream().sorted().toArray()));
        }
        if (initial) {
            allowed.add(Condition.attributeNotExists(attribute));
        }
        return allowed.size() == 1 ? allowed.get(0)
                : Condition.or(allowed.get(0), allowed.subList(1, allowed.size()).toArray(Condition[]::new));
    }

    private RuntimeException translate(TransactionCanceledException cancelled, Transition<A, E> transition,
            Map<String, @Nullable Object> plain) {
        List<CancellationReason> reasons = cancelled.reasons();
        String model = actuals.schema().name();
        if (!reasons.isEmpty() && reasons.get(0).conditionFailed()) {
            return actualFailure(cancelled, reasons.get(0), transition, plain);
        }
        if (reasons.size() > 1 && reasons.get(1).conditionFailed()) {
            return new DuplicateEventException(events.schema().name(), "Event " + reasons.get(1).key() + " of "
                    + events.schema().name() + " already exists, so the transition of " + model
                    + " wrote nothing; events are append-only, give each transition its own event sort key",
                    cancelled);
        }
        if (reasons.size() > 2 && reasons.get(2).conditionFailed()) {
            return new DuplicateEventException(Outbox.MODEL_NAME, "Outbox record " + reasons.get(2).key()
                    + " already exists, so the transition of " + model + " wrote nothing; give each side effect "
                    + "its own outbox id", cancelled);
        }
        return cancelled;
    }

    private RuntimeException actualFailure(TransactionCanceledException cancelled, CancellationReason reason,
            Transition<A, E> transition, Map<String, @Nullable Object> plain) {
        String model = actuals.schema().name();
        Object old = reason.oldItem();
        if (old == null) {
            return new VersionConflictException(model, "Release-state row " + reason.key() + " of " + model
                    + " does not exist; create it before transitioning it", cancelled);
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> stored = PlainValues.of(actuals.codec().encode((A) old));
        Object storedVersion = stored.get(version.name());
        Long expected = transition.expectedVersion();
        if (expected != null && !(storedVersion instanceof Number n && n.longValue() == expected)) {
            return new VersionConflictException(model, "Release-state row " + reason.key() + " of " + model
                    + " is at version " + storedVersion + ", not the expected " + expected
                    + "; read it again and decide whether the transition still applies", cancelled);
        }
        if (stateMachine != null) {
            Object from = stored.get(stateMachine.attribute());
            Object to = plain.get(stateMachine.attribute());
            return new InvalidTransitionException(model, "Release-state row " + reason.key() + " of " + model
                    + " cannot move from " + stateMachine.attribute() + "='" + from + "' to '" + to
                    + "'; allowed sources of '" + to + "': " + stateMachine.sourcesOf(String.valueOf(to)), cancelled);
        }
        return cancelled;
    }

    /** Configures a {@link ReleaseStateService}. */
    public static final class Builder<A, E> {

        private final TableTheory engine;
        private final Table<A> actuals;
        private final Table<E> events;
        private @Nullable StateMachine stateMachine;
        private @Nullable Outbox outbox;
        private boolean validateDeployAuthority = true;

        private Builder(TableTheory engine, Table<A> actuals, Table<E> events) {
            this.engine = Objects.requireNonNull(engine, "engine");
            this.actuals = Objects.requireNonNull(actuals, "actuals");
            this.events = Objects.requireNonNull(events, "events");
        }

        /** Checks every transition against {@code value}; without one any state change is allowed. */
        public Builder<A, E> stateMachine(@Nullable StateMachine value) {
            this.stateMachine = value;
            return this;
        }

        /** The outbox that transitions carrying an outbox record write to. */
        public Builder<A, E> outbox(@Nullable Outbox value) {
            this.outbox = value;
            return this;
        }

        /**
         * Whether transitions that set {@code provenance} or {@code confidence} are validated as deploy-authority
         * metadata first (default {@code true}).
         */
        public Builder<A, E> validateDeployAuthority(boolean value) {
            this.validateDeployAuthority = value;
            return this;
        }

        /**
         * The service.
         *
         * @throws InvalidModelException when the actual model has no version attribute, or lacks the state machine's
         *         attribute
         */
        public ReleaseStateService<A, E> build() {
            return new ReleaseStateService<>(this);
        }
    }
}
