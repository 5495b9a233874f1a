package com.theorycloud.tabletheory.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.DuplicateEventException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidTransitionException;
import com.theorycloud.tabletheory.error.ProtectedFieldMutationException;
import com.theorycloud.tabletheory.error.RejectedDeployAuthorityEvidenceException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.outbox.OutboxRecord;
import com.theorycloud.tabletheory.outbox.OutboxStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Release-state transitions on the local DynamoDB: all three rows commit together or none does. */
class ReleaseStateServiceIntegrationTest {

    private static ReleaseStateFixture fixture;
    private static ReleaseStateService<Document, Document> releases;

    @BeforeAll
    static void createTables() {
        fixture = new ReleaseStateFixture();
        releases = ReleaseStateService.builder(fixture.engine, fixture.actuals, fixture.events)
                .outbox(fixture.outbox).build();
    }

    @AfterAll
    static void dropTables() {
        fixture.drop();
    }

    private static void seed(String service, String status) {
        fixture.actuals.create(Document.of(Map.of("PK", "RELEASE#" + service, "SK", "ACTUAL", "status", status,
                "pinnedReleaseId", "rel_001")));
    }

    private static Document next(String service, Map<String, Object> values) {
        return Document.builder().put("PK", "RELEASE#" + service).put("SK", "ACTUAL").putAll(values).build();
    }

    private static Document event(String service, String sk) {
        return Document.of(Map.of("PK", "RELEASE#" + service, "SK", sk, "releaseId", "rel_002", "eventType",
                "promoted"));
    }

    private static OutboxRecord flip(String service) {
        return OutboxRecord.pending("RELEASE#" + service, "OUTBOX#lambda-alias#rel_002")
                .operation("lambda_alias_update").idempotencyKey(service + ":rel_002").requestedState("active")
                .build();
    }

    private static Transition<Document, Document> promote(String service, long expected, String eventSk) {
        return Transition.<Document, Document>of(next(service, Map.of("status", "active", "previousReleaseId",
                "rel_001")), "status", "previousReleaseId").expectVersion(expected).event(event(service, eventSk))
                .outbox(flip(service)).build();
    }

    private static void assertUntouched(String service, String eventSk) {
        Document actual = fixture.actual(service).orElseThrow();
        assertThat(actual.getLong("version")).isZero();
        assertThat(actual.has("previousReleaseId")).isFalse();
        assertThat(fixture.event(service, eventSk)).isEmpty();
        assertThat(fixture.outbox.find("RELEASE#" + service, "OUTBOX#lambda-alias#rel_002")).isEmpty();
    }

    @Test
    void commitsActualEventAndOutboxTogether() {
        seed("commit", "warming");

        releases.transition(promote("commit", 0, "EVENT#1"));

        Document actual = fixture.actual("commit").orElseThrow();
        assertThat(actual.getLong("version")).isEqualTo(1);
        assertThat(actual.getString("status")).isEqualTo("active");
        assertThat(actual.getString("previousReleaseId")).isEqualTo("rel_001");
        assertThat(actual.getString("pinnedReleaseId")).isEqualTo("rel_001");
        assertThat(fixture.event("commit", "EVENT#1")).get()
                .extracting(e -> e.getString("eventType")).isEqualTo("promoted");
        OutboxRecord record = fixture.outbox.find("RELEASE#commit", "OUTBOX#lambda-alias#rel_002").orElseThrow();
        assertThat(record.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(record.idempotencyKey()).isEqualTo("commit:rel_002");
        assertThat(record.attempts()).isZero();
        assertThat(record.createdAt()).isNotNull();
    }

    @Test
    void staleVersionLeavesActualEventAndOutboxUntouched() {
        seed("stale", "warming");

        assertThatThrownBy(() -> releases.transition(promote("stale", 5, "EVENT#1")))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("at version 0, not the expected 5");

        assertUntouched("stale", "EVENT#1");
    }

    @Test
    void duplicateEventLeavesActualAndOutboxUntouched() {
        seed("dup", "warming");
        fixture.events.create(event("dup", "EVENT#1"));

        assertThatThrownBy(() -> releases.transition(promote("dup", 0, "EVENT#1")))
                .isInstanceOf(DuplicateEventException.class)
                .hasMessageContaining("append-only");

        Document actual = fixture.actual("dup").orElseThrow();
        assertThat(actual.getLong("version")).isZero();
        assertThat(fixture.outbox.find("RELEASE#dup", "OUTBOX#lambda-alias#rel_002")).isEmpty();
    }

    @Test
    void duplicateOutboxRecordLeavesActualAndEventUntouched() {
        seed("dupout", "warming");
        fixture.outbox.writer().write(flip("dupout"));

        assertThatThrownBy(() -> releases.transition(promote("dupout", 0, "EVENT#1")))
                .isInstanceOf(DuplicateEventException.class)
                .hasMessageContaining("Outbox record");

        assertThat(fixture.actual("dupout").orElseThrow().getLong("version")).isZero();
        assertThat(fixture.event("dupout", "EVENT#1")).isEmpty();
    }

    @Test
    void missingActualRowIsAVersionConflict() {
        assertThatThrownBy(() -> releases.transition(promote("ghost", 0, "EVENT#1")))
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("does not exist");
        assertThat(fixture.event("ghost", "EVENT#1")).isEmpty();
    }

    @Test
    void protectedAttributesAreRefusedBeforeAnyCall() {
        seed("pin", "warming");
        Transition<Document, Document> repin = Transition.<Document, Document>of(next("pin",
                Map.of("pinnedReleaseId", "rel_009")), "pinnedReleaseId").expectVersion(0)
                .event(event("pin", "EVENT#1")).outbox(flip("pin")).build();
        Transition<Document, Document> tightened = Transition.<Document, Document>of(next("pin",
                Map.of("status", "active")), "status").expectVersion(0).protect("status")
                .event(event("pin", "EVENT#1")).outbox(flip("pin")).build();

        assertThatThrownBy(() -> releases.transition(repin)).isInstanceOf(ProtectedFieldMutationException.class)
                .hasMessageContaining("pinnedReleaseId");
        assertThatThrownBy(() -> releases.transition(tightened)).isInstanceOf(ProtectedFieldMutationException.class)
                .hasMessageContaining("'status'");
        assertUntouched("pin", "EVENT#1");
    }

    @Test
    void refusesEmptyTransitionsAndDirectVersionWrites() {
        seed("version", "warming");
        assertThatThrownBy(() -> releases.transition(Transition.<Document, Document>of(next("version",
                Map.of("version", 7)), "version").event(event("version", "EVENT#1")).build()))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("must not set the version");
        assertThatThrownBy(() -> releases.transition(Transition.<Document, Document>of(next("version", Map.of()),
                List.of()).event(event("version", "EVENT#1")).build()))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("sets no field");
    }

    @Test
    void rejectsLowConfidenceDeployAuthorityBeforeAnyCall() {
        seed("authority", "warming");
        Map<String, Object> provenance = Map.of("mode", "imported", "system", "partner-factory", "kind",
                "factory_batch_manifest", "ref", "s3://factory/a.json", "observed_at", "2026-04-24T19:10:00Z",
                "recorded_at", "2026-04-24T19:10:01Z", "evidence", List.of(Map.of("kind", "factory_batch_manifest",
                        "source", "partner-factory", "ref", "s3://factory/a.json", "observed_at",
                        "2026-04-24T19:09:59Z")));
        Transition<Document, Document> lowConfidence = Transition.<Document, Document>of(next("authority",
                Map.of("status", "active", "provenance", provenance, "confidence", Map.of("level", "low",
                        "reasons", List.of("unique_factory_manifest_match")))), "status", "provenance", "confidence")
                .expectVersion(0).event(event("authority", "EVENT#1")).outbox(flip("authority")).build();

        assertThatThrownBy(() -> releases.transition(lowConfidence))
                .isInstanceOf(RejectedDeployAuthorityEvidenceException.class)
                .hasMessageContaining("low confidence cannot authorize deploy state");
        assertUntouched("authority", "EVENT#1");
    }

    @Test
    void stateMachineRefusesUnknownTargetsAndMovesFromTheWrongState() {
        ReleaseStateService<Document, Document> guarded = ReleaseStateService
                .builder(fixture.engine, fixture.actuals, fixture.events).outbox(fixture.outbox)
                .stateMachine(StateMachine.on("status").allow("warming", "active").allow("active", "warming")
                        .build())
                .build();
        seed("machine", "retired");

        assertThatThrownBy(() -> guarded.transition(Transition.<Document, Document>of(next("machine",
                Map.of("status", "exploded")), "status").expectVersion(0).event(event("machine", "EVENT#0")).build()))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("not allowed from any state");
        assertThatThrownBy(() -> guarded.transition(promote("machine", 0, "EVENT#1")))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("cannot move from status='retired' to 'active'");
        assertThat(fixture.actual("machine").orElseThrow().getString("status")).isEqualTo("retired");
        assertThat(fixture.event("machine", "EVENT#1")).isEmpty();
        assertThat(fixture.outbox.find("RELEASE#machine", "OUTBOX#lambda-alias#rel_002")).isEmpty();

        seed("machine-ok", "warming");
        guarded.transition(promote("machine-ok", 0, "EVENT#1"));
        assertThat(fixture.actual("machine-ok").orElseThrow().getString("status")).isEqualTo("active");
    }

    @Test
    void transitionWithoutExpectedVersionStillIncrementsIt() {
        seed("unchecked", "warming");
        releases.transition(Transition.<Document, Document>of(next("unchecked", Map.of("status", "active")),
                "status").event(event("unchecked", "EVENT#1")).build());
        releases.transition(Transition.<Document, Document>of(next("unchecked", Map.of("status", "warming")),
                "status").event(event("unchecked", "EVENT#2")).build());

        assertThat(fixture.actual("unchecked").orElseThrow().getLong("version")).isEqualTo(2);
    }
}
