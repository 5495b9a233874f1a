package com.theorycloud.tabletheory.samples.releaseregistry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The deploy-authority metadata of an operator's command: provenance (who, which system, when, with evidence) and
 * confidence. {@code ReleaseStateService} validates it in every transition and rejects anything but deterministic,
 * high-confidence evidence.
 *
 * @param provenance where the decision came from
 * @param confidence how sure it is
 */
public record DeployAuthority(Map<String, Object> provenance, Map<String, Object> confidence) {

    /** An operator command recorded by this release control plane, at the given confidence level. */
    public static DeployAuthority operatorCommand(String operator, String service, String releaseId,
            String confidenceLevel, Instant now) {
        String at = now.truncatedTo(ChronoUnit.SECONDS).toString();
        String ref = "operator://" + operator + "/" + service + "/" + releaseId;
        Map<String, Object> provenance = Map.of("mode", "native", "system", "release-control-plane",
                "kind", "operator_command", "ref", ref, "observed_at", at, "recorded_at", at,
                "evidence", List.of(Map.of("kind", "operator_command", "source", "release-control-plane",
                        "ref", ref, "observed_at", at)));
        Map<String, Object> confidence = Map.of("level", confidenceLevel,
                "reasons", List.of("operator_command_authority"));
        return new DeployAuthority(provenance, confidence);
    }
}
