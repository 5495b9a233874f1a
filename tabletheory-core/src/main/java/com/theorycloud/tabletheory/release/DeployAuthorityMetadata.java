package com.theorycloud.tabletheory.release;

import com.theorycloud.tabletheory.error.MalformedDeployAuthorityMetadataException;
import com.theorycloud.tabletheory.error.RejectedDeployAuthorityEvidenceException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates the {@code provenance} and {@code confidence} metadata that lets a release-state actual row claim deploy
 * authority, with the rules of the other TableTheory runtimes. Call it before writing such a row; a
 * {@link ReleaseStateService} calls it for every transition that sets either attribute.
 *
 * <pre>{@code
 * DeployAuthorityMetadata.validate("ReleaseStateActual", Map.of("provenance", provenance, "confidence", confidence));
 * }</pre>
 *
 * <p>Accepted: no metadata at all, or both maps with known keys only, a mode of {@code native}, {@code imported} or
 * {@code inferred}, non-empty {@code system}/{@code kind}/{@code ref}, RFC 3339 {@code observed_at} and
 * {@code recorded_at}, at least one evidence entry, every entry with the same kind, source and ref, a supported
 * evidence kind/source, confidence level {@code high} and exactly the one reason that evidence implies. Everything
 * else raises a {@link RejectedDeployAuthorityEvidenceException}; shape errors raise its subclass
 * {@link MalformedDeployAuthorityMetadataException}.
 */
public final class DeployAuthorityMetadata {

    /** The item attribute holding the provenance map. */
    public static final String PROVENANCE = "provenance";
    /** The item attribute holding the confidence map. */
    public static final String CONFIDENCE = "confidence";

    private static final Pattern RFC3339 =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})$");
    private static final Set<String> PROVENANCE_KEYS = Set.of("mode", "system", "kind", "ref", "commit_sha",
            "observed_at", "recorded_at", "import_run_id", "evidence");
    private static final Set<String> EVIDENCE_KEYS = Set.of("kind", "source", "ref", "observed_at", "digest");
    private static final Set<String> CONFIDENCE_KEYS = Set.of("level", "reasons");
    private static final Set<String> MODES = Set.of("native", "imported", "inferred");
    // The deterministic authority each supported evidence source/kind pair grants.
    private static final Map<String, String> AUTHORITY_REASONS = Map.of(
            "release-control-plane/operator_command", "operator_command_authority",
            "partner-factory/factory_batch_manifest", "unique_factory_manifest_match",
            "service-ci/codepipeline_execution", "codepipeline_execution_authority",
            "service-ci/submodule_pin", "unique_submodule_pin_match");

    private final @Nullable String model;

    private DeployAuthorityMetadata(@Nullable String model) {
        this.model = model;
    }

    /** Validates the metadata of an item (attribute name to logical value); see the class comment for the rules. */
    public static void validate(Map<String, ?> item) {
        validate(null, item);
    }

    /**
     * Validates the metadata of an item of the named model.
     *
     * @throws RejectedDeployAuthorityEvidenceException when the metadata cannot authorize deploy state
     */
    public static void validate(@Nullable String modelName, Map<String, ?> item) {
        new DeployAuthorityMetadata(modelName).check(item);
    }

    /** Whether an item carries any deploy-authority metadata, so {@link #validate} has something to check. */
    public static boolean present(Map<String, ?> item) {
        return item.containsKey(PROVENANCE) || item.containsKey(CONFIDENCE);
    }

    private void check(Map<String, ?> item) {
        boolean hasProvenance = item.containsKey(PROVENANCE);
        boolean hasConfidence = item.containsKey(CONFIDENCE);
        if (!hasProvenance && !hasConfidence) {
            return;
        }
        if (!hasProvenance || !hasConfidence) {
            throw malformed("provenance and confidence must be provided together; add the missing "
                    + (hasProvenance ? "confidence" : "provenance") + " map or drop both");
        }
        Map<?, ?> provenance = map(item.get(PROVENANCE), "provenance");
        Map<?, ?> confidence = map(item.get(CONFIDENCE), "confidence");
        allowedKeys("provenance", provenance, PROVENANCE_KEYS);
        allowedKeys("confidence", confidence, CONFIDENCE_KEYS);
        checkProvenanceShape(provenance);
        checkConfidence(confidence, authorityReason(provenance));
    }

    private void checkProvenanceShape(Map<?, ?> provenance) {
        String mode = requiredString(provenance, "mode", "provenance");
        if (!MODES.contains(mode)) {
            throw malformed("unsupported provenance.mode '" + mode + "'; use native, imported or inferred");
        }
        for (String key : List.of("system", "kind", "ref")) {
            requiredString(provenance, key, "provenance");
        }
        for (String key : List.of("observed_at", "recorded_at")) {
            rfc3339("provenance." + key, requiredString(provenance, key, "provenance"));
        }
        for (String key : List.of("commit_sha", "import_run_id")) {
            if (provenance.containsKey(key) && !(provenance.get(key) instanceof String)) {
                throw malformed("provenance." + key + " must be a string");
            }
        }
    }

    private String authorityReason(Map<?, ?> provenance) {
        Object raw = provenance.get("evidence");
        if (raw == null) {
            throw malformed("provenance.evidence is required: list the observations that grant deploy authority");
        }
        if (!(raw instanceof List<?> entries)) {
            throw malformed("provenance.evidence must be an array of objects");
        }
        if (entries.isEmpty()) {
            throw rejected("deploy authority requires evidence; provenance.evidence is empty");
        }
        String signature = null;
        String firstPair = null;
        for (Object value : entries) {
            Map<?, ?> entry = map(value, "provenance.evidence entry");
            allowedKeys("provenance.evidence", entry, EVIDENCE_KEYS);
            String kind = requiredString(entry, "kind", "provenance.evidence");
            String source = requiredString(entry, "source", "provenance.evidence");
            String ref = requiredString(entry, "ref", "provenance.evidence");
            rfc3339("provenance.evidence.observed_at", requiredString(entry, "observed_at", "provenance.evidence"));
            if (entry.containsKey("digest") && !(entry.get("digest") instanceof String)) {
                throw malformed("provenance.evidence.digest must be a string");
            }
            String current = kind + "|" + source + "|" + ref;
            if (signature == null) {
                signature = current;
                firstPair = source + "/" + kind;
            } else if (!signature.equals(current)) {
                throw rejected("conflicting deploy authority evidence (" + signature.replace('|', ' ') + " vs "
                        + current.replace('|', ' ') + "); store ambiguous evidence as immutable event rows, not as "
                        + "deploy authority");
            }
        }
        String reason = AUTHORITY_REASONS.get(firstPair);
        if (reason == null) {
            throw rejected("unsupported deploy authority evidence " + firstPair + "; supported: "
                    + AUTHORITY_REASONS.keySet().stream().sorted().toList());
        }
        return reason;
    }

    private void checkConfidence(Map<?, ?> confidence, String expectedReason) {
        String level = requiredString(confidence, "level", "confidence");
        if (!level.equals("high")) {
            throw rejected(level + " confidence cannot authorize deploy state; only high confidence can, keep "
                    + "lower-confidence evidence as visibility-only event rows");
        }
        Object raw = confidence.get("reasons");
        if (!(raw instanceof List<?> reasons)) {
            throw malformed("confidence.reasons must be a string array");
        }
        for (Object reason : reasons) {
            if (!(reason instanceof String text) || text.isEmpty()) {
                throw malformed("confidence.reasons must contain non-empty strings");
            }
        }
        if (reasons.size() != 1 || !expectedReason.equals(reasons.get(0))) {
            throw rejected("confidence reasons " + reasons + " do not match deterministic authority; the evidence "
                    + "implies exactly [" + expectedReason + "]");
        }
    }

    private void allowedKeys(String label, Map<?, ?> values, Set<String> allowed) {
        for (Object key : values.keySet()) {
            if (!(key instanceof String name) || !allowed.contains(name)) {
                throw malformed("unsupported " + label + " key '" + key + "'; allowed keys: "
                        + allowed.stream().sorted().toList() + " (free-form notes belong in event rows)");
            }
        }
    }

    private String requiredString(Map<?, ?> values, String key, String label) {
        Object value = values.get(key);
        if (value == null) {
            throw malformed(label + "." + key + " is required");
        }
        if (!(value instanceof String text) || text.isEmpty()) {
            throw malformed(label + "." + key + " must be a non-empty string");
        }
        return text;
    }

    private void rfc3339(String label, String value) {
        boolean valid = RFC3339.matcher(value).matches();
        if (valid) {
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                valid = false;
            }
        }
        if (!valid) {
            throw malformed(label + " must be an RFC 3339 time such as 2026-04-24T19:00:00Z, got '" + value + "'");
        }
    }

    private Map<?, ?> map(@Nullable Object value, String label) {
        if (!(value instanceof Map<?, ?> map)) {
            throw malformed(label + " must be an object");
        }
        return map;
    }

    private RejectedDeployAuthorityEvidenceException malformed(String detail) {
        return new MalformedDeployAuthorityMetadataException(model, prefix() + detail);
    }

    private RejectedDeployAuthorityEvidenceException rejected(String detail) {
        return new RejectedDeployAuthorityEvidenceException(model, prefix() + detail);
    }

    private String prefix() {
        return model == null ? "Deploy authority metadata: " : "Model " + model + " deploy authority metadata: ";
    }
}
