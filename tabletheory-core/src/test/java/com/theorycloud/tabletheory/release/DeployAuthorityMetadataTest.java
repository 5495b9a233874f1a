package com.theorycloud.tabletheory.release;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.MalformedDeployAuthorityMetadataException;
import com.theorycloud.tabletheory.error.RejectedDeployAuthorityEvidenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The deploy-authority rules of the other runtimes, one by one. */
class DeployAuthorityMetadataTest {

    private static Map<String, Object> evidence(String kind, String source, String ref) {
        return new HashMap<>(Map.of("kind", kind, "source", source, "ref", ref, "observed_at",
                "2026-04-24T19:00:00Z"));
    }

    private static Map<String, Object> valid() {
        Map<String, Object> provenance = new HashMap<>(Map.of(
                "mode", "native",
                "system", "release-control-plane",
                "kind", "operator_command",
                "ref", "operator://deploy/service-a/rel_001",
                "observed_at", "2026-04-24T19:00:00Z",
                "recorded_at", "2026-04-24T19:00:01.123+02:00"));
        provenance.put("evidence", new ArrayList<>(List.of(evidence("operator_command", "release-control-plane",
                "operator://deploy/service-a/rel_001"))));
        Map<String, Object> confidence = new HashMap<>(Map.of("level", "high", "reasons",
                List.of("operator_command_authority")));
        return new HashMap<>(Map.of("PK", "RELEASE#a", "provenance", provenance, "confidence", confidence));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> item, String name) {
        return (Map<String, Object>) item.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> evidenceOf(Map<String, Object> item) {
        return (List<Object>) part(item, "provenance").get("evidence");
    }

    private static void assertRejected(Consumer<Map<String, Object>> change, String message) {
        Map<String, Object> item = valid();
        change.accept(item);
        assertThatThrownBy(() -> DeployAuthorityMetadata.validate("ReleaseStateActual", item))
                .isInstanceOf(RejectedDeployAuthorityEvidenceException.class)
                .hasMessageContaining("ReleaseStateActual")
                .hasMessageContaining(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                        ((RejectedDeployAuthorityEvidenceException) e).is("ErrRejectedDeployAuthorityEvidence"))
                        .isTrue());
    }

    private static void assertMalformed(Consumer<Map<String, Object>> change, String message) {
        Map<String, Object> item = valid();
        change.accept(item);
        assertThatThrownBy(() -> DeployAuthorityMetadata.validate("ReleaseStateActual", item))
                .isInstanceOf(MalformedDeployAuthorityMetadataException.class)
                .hasMessageContaining(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                        ((MalformedDeployAuthorityMetadataException) e).is("ErrInvalidModel")).isTrue());
    }

    @Test
    void acceptsDeterministicHighConfidenceAndItemsWithoutMetadata() {
        assertThatCode(() -> DeployAuthorityMetadata.validate(valid())).doesNotThrowAnyException();
        assertThatCode(() -> DeployAuthorityMetadata.validate(Map.of("PK", "RELEASE#a")))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsEveryDeterministicEvidenceSource() {
        for (List<String> pair : List.of(List.of("factory_batch_manifest", "partner-factory",
                "unique_factory_manifest_match"), List.of("codepipeline_execution", "service-ci",
                "codepipeline_execution_authority"), List.of("submodule_pin", "service-ci",
                "unique_submodule_pin_match"))) {
            Map<String, Object> item = valid();
            evidenceOf(item).set(0, evidence(pair.get(0), pair.get(1), "ref://x"));
            part(item, "confidence").put("reasons", List.of(pair.get(2)));
            assertThatCode(() -> DeployAuthorityMetadata.validate(item)).as(pair.toString())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void rejectsMissingPairing() {
        assertMalformed(item -> item.remove("confidence"), "provided together");
        assertMalformed(item -> item.remove("provenance"), "provided together");
    }

    @Test
    void rejectsUnknownKeys() {
        assertMalformed(item -> part(item, "provenance").put("notes", "probably manifest A"),
                "unsupported provenance key 'notes'");
        assertMalformed(item -> part(item, "confidence").put("score", 0.9), "unsupported confidence key 'score'");
        assertMalformed(item -> ((Map<String, Object>) evidenceOf(item).get(0)).put("guess", "x"),
                "unsupported provenance.evidence key 'guess'");
    }

    @Test
    void rejectsTimesThatAreNotRfc3339() {
        assertMalformed(item -> part(item, "provenance").put("observed_at", "2026-04-24 19:00:00"),
                "provenance.observed_at must be an RFC 3339 time");
        assertMalformed(item -> part(item, "provenance").put("recorded_at", "2026-02-30T19:00:00Z"),
                "provenance.recorded_at");
        assertMalformed(item -> ((Map<String, Object>) evidenceOf(item).get(0)).put("observed_at", "yesterday"),
                "provenance.evidence.observed_at");
    }

    @Test
    void rejectsMalformedShapes() {
        assertMalformed(item -> part(item, "provenance").put("mode", "guessed"), "unsupported provenance.mode");
        assertMalformed(item -> part(item, "provenance").put("system", ""), "non-empty string");
        assertMalformed(item -> part(item, "provenance").remove("ref"), "provenance.ref is required");
        assertMalformed(item -> part(item, "provenance").put("commit_sha", 42), "commit_sha must be a string");
        assertMalformed(item -> part(item, "provenance").remove("evidence"), "provenance.evidence is required");
        assertMalformed(item -> part(item, "provenance").put("evidence", "one"), "must be an array");
        assertMalformed(item -> item.put("confidence", "high"), "confidence must be an object");
        assertMalformed(item -> part(item, "confidence").put("reasons", "operator_command_authority"),
                "string array");
    }

    @Test
    void rejectsMissingOrConflictingEvidence() {
        assertRejected(item -> evidenceOf(item).clear(), "requires evidence");
        assertRejected(item -> evidenceOf(item).add(evidence("submodule_pin", "service-ci", "https://x/conflicting")),
                "conflicting deploy authority evidence");
        assertRejected(item -> evidenceOf(item).set(0, evidence("slack_message", "chat", "ref://x")),
                "unsupported deploy authority evidence chat/slack_message");
    }

    @Test
    void rejectsUnsupportedConfidence() {
        assertRejected(item -> part(item, "confidence").put("level", "low"), "low confidence cannot authorize");
        assertRejected(item -> part(item, "confidence").put("level", "medium"), "medium confidence cannot");
        assertRejected(item -> part(item, "confidence").put("reasons", List.of("unique_submodule_pin_match")),
                "do not match deterministic authority");
        assertRejected(item -> part(item, "confidence").put("reasons", List.of("operator_command_authority",
                "operator_command_authority")), "do not match deterministic authority");
    }
}
