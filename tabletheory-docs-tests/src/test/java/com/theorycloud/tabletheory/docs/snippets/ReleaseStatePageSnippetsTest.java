package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.RejectedDeployAuthorityEvidenceException;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxRecord;
import com.theorycloud.tabletheory.outbox.OutboxStatus;
import com.theorycloud.tabletheory.release.DeployAuthorityMetadata;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.release.StateMachine;
import com.theorycloud.tabletheory.release.Transition;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/release-state.md, run against the local DynamoDB. */
class ReleaseStatePageSnippetsTest {

    private static TableTheory engine;

    @BeforeAll
    static void createEngine() {
        engine = DocsDb.engine();
        Outbox.in(engine, "release_state").ensureTable();
    }

    @Test
    void theServiceCommitsActualEventAndOutboxTogether() {
        Table<Document> actuals = engine.table(DocumentItemCodec.of(
                DmsLoader.loadResource("dms/models/release-state.yml").model("ReleaseStateActual")));
        Table<Document> events = engine.table(DocumentItemCodec.of(
                DmsLoader.loadResource("dms/models/release-state.yml").model("ReleaseStateEvent")));
        engine.ensureTable(actuals.schema());
        actuals.create(Document.of(Map.of("PK", "RELEASE#svc", "SK", "ACTUAL", "status", "warming",
                "pinnedReleaseId", "rel_001")));

        // region service
        ReleaseStateService<Document, Document> releases = ReleaseStateService.builder(engine, actuals, events)
                .stateMachine(StateMachine.on("status").allow("warming", "active").allow("active", "warming").build())
                .outbox(Outbox.in(engine, "release_state"))
                .build();
        // endregion
        releases.transition(Transition.<Document, Document>of(Document.builder().put("PK", "RELEASE#svc")
                .put("SK", "ACTUAL").put("status", "active").build(), "status").expectVersion(0)
                .event(Document.of(Map.of("PK", "RELEASE#svc", "SK", "EVENT#2026-04-24T19:05:00Z#rel_002")))
                .outbox(OutboxRecord.pending("RELEASE#svc", "OUTBOX#lambda-alias#rel_002")
                        .operation("lambda_alias_update").idempotencyKey("svc:rel_002").requestedState("active")
                        .build()).build());

        assertThat(actuals.get(Key.of("RELEASE#svc", "ACTUAL")).getLong("version")).isEqualTo(1);
        assertThat(events.find(Key.of("RELEASE#svc", "EVENT#2026-04-24T19:05:00Z#rel_002"))).isPresent();
        assertThat(Outbox.in(engine, "release_state").find("RELEASE#svc", "OUTBOX#lambda-alias#rel_002"))
                .get().extracting(OutboxRecord::status).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void deployAuthorityIsValidatedAndConflictingEvidenceRejected() {
        Map<String, Object> evidence = Map.of("kind", "operator_command", "source", "release-control-plane",
                "ref", "operator://deploy/service-a/rel_002", "observed_at", "2026-04-24T19:00:00Z");
        Map<String, Object> provenance = Map.of("mode", "native", "system", "release-control-plane",
                "kind", "operator_command", "ref", "operator://deploy/service-a/rel_002",
                "observed_at", "2026-04-24T19:00:00Z", "recorded_at", "2026-04-24T19:00:01Z",
                "evidence", List.of(evidence));
        Map<String, Object> confidence = Map.of("level", "high", "reasons", List.of("operator_command_authority"));

        assertThatCode(() -> {
            // region validate
            DeployAuthorityMetadata.validate("ReleaseStateActual", Map.of("provenance", provenance, "confidence", confidence));
            // endregion
        }).doesNotThrowAnyException();

        Map<String, Object> conflicting = Map.of("mode", "imported", "system", "partner-factory",
                "kind", "factory_batch_manifest", "ref", "factory://batch-7",
                "observed_at", "2026-04-24T19:00:00Z", "recorded_at", "2026-04-24T19:00:01Z",
                "evidence", List.of(Map.of("kind", "factory_batch_manifest", "source", "partner-factory",
                        "ref", "factory://batch-7/a", "observed_at", "2026-04-24T19:00:00Z"),
                        Map.of("kind", "factory_batch_manifest", "source", "partner-factory",
                        "ref", "factory://batch-7/b", "observed_at", "2026-04-24T19:00:00Z")));
        assertThatThrownBy(() -> DeployAuthorityMetadata.validate("ReleaseStateActual", Map.of("provenance",
                conflicting, "confidence", Map.of("level", "high", "reasons",
                        List.of("unique_factory_manifest_match")))))
                .isInstanceOf(RejectedDeployAuthorityEvidenceException.class)
                .hasMessageContaining("conflicting deploy authority evidence");
    }

    // ---- typed models ---------------------------------------------------------------------------------------------

    /** The actual row: its pin is protected. */
    @TableTheoryModel(table = "release_state_typed")
    @WritePolicy(protectedAttributes = "pinnedReleaseId")
    record Actual(@PartitionKey String PK, @SortKey String SK, @Nullable String status,
            @Nullable String pinnedReleaseId, @Version long version) {
    }

    /** An event: history, written once. */
    @TableTheoryModel(table = "release_state_typed")
    @WritePolicy(mode = WriteMode.WRITE_ONCE)
    record Event(@PartitionKey String PK, @SortKey String SK, String eventType, Map<String, String> evidence) {
    }

    @Test
    void typedTransitionsSeparateWritesAndEvidenceEvents() {
        Table<Actual> actuals = DocsDb.table(engine, Actual.class);
        Table<Event> events = engine.table(Event.class);
        ReleaseStateService<Actual, Event> releases = ReleaseStateService.builder(engine, actuals, events)
                .outbox(Outbox.in(engine, "release_state")).build();
        Actual read = actuals.create(new Actual("RELEASE#svc", "ACTUAL", "warming", "rel_001", 0));
        Actual next = new Actual("RELEASE#svc", "ACTUAL", "active", null, read.version());
        Event promoted = new Event("RELEASE#svc", "EVENT#2026-04-24T19:05:00Z#rel_002", "promoted", Map.of());
        OutboxRecord aliasFlip = OutboxRecord.pending("RELEASE#svc", "OUTBOX#lambda-alias#typed-rel_002")
                .operation("lambda_alias_update").idempotencyKey("svc:typed-rel_002").requestedState("active")
                .build();

        // region transition
        releases.transition(Transition.<Actual, Event>of(next, "status").expectVersion(read.version())
                .event(promoted).outbox(aliasFlip).build());
        // endregion
        Actual afterTransition = actuals.get(Key.of("RELEASE#svc", "ACTUAL"));
        assertThat(afterTransition).extracting(Actual::status, Actual::pinnedReleaseId, Actual::version)
                .containsExactly("active", "rel_001", 1L);
        assertThat(events.find(Key.of("RELEASE#svc", "EVENT#2026-04-24T19:05:00Z#rel_002"))).isPresent();

        // The incorrect way: two writes. Here the event already exists, so the second write fails after the first
        // one has changed the actual row: current state without its event.
        Actual rolledBack = new Actual("RELEASE#svc", "ACTUAL", "warming", null, afterTransition.version());
        assertThatThrownBy(() -> twoWrites(actuals, events, rolledBack, promoted))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(actuals.get(Key.of("RELEASE#svc", "ACTUAL")).status()).isEqualTo("warming");

        Map<String, String> conflictingEvidence = Map.of("factory://batch-7/a", "rel_002",
                "factory://batch-7/b", "rel_003");
        // region evidence-event
        events.create(new Event("RELEASE#svc", "EVIDENCE#factory#batch-7", "observed", conflictingEvidence));
        // endregion
        assertThat(events.get(Key.of("RELEASE#svc", "EVIDENCE#factory#batch-7")).evidence())
                .isEqualTo(conflictingEvidence);
    }

    private static void twoWrites(Table<Actual> actuals, Table<Event> events, Actual next, Event promoted) {
        // region two-writes
        actuals.update(next, "status");
        events.create(promoted);          // may never happen
        // endregion
    }
}
