package com.theorycloud.tabletheory.contract;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contract capabilities this Java runtime advertises, and the capability each step operation needs. A scenario
 * that needs a capability not listed here is reported as skipped with that capability as the reason, as upstream
 * runners do.
 */
public final class Capabilities {

    /** Capabilities the engine implements today. */
    public static final Set<String> ADVERTISED = Set.of(
            "crud",
            "encryption",
            "encryption.fail_closed",
            "encryption.deterministic_interop",
            "get.optional",
            "error.version_conflict",
            "number.precision.exact",
            "type.matrix",
            "query.basic",
            "scan.basic",
            "count.native",
            "batch.get",
            "batch.write",
            "transact_get",
            "transact.write",
            "release_state.write_policy",
            "release_state.transactional_transition",
            "release_state.provenance_confidence");

    /** The capability each operation beyond plain CRUD needs. */
    private static final Map<String, String> OPERATION_CAPABILITIES = Map.ofEntries(
            Map.entry("query", "query.basic"),
            Map.entry("scan", "scan.basic"),
            Map.entry("count", "count.native"),
            Map.entry("batch_get", "batch.get"),
            Map.entry("batch_write", "batch.write"),
            Map.entry("transact_get", "transact_get"),
            Map.entry("transact_write", "transact.write"),
            Map.entry("transition_append_event", "release_state.transactional_transition"));

    private Capabilities() {
    }

    /** The capability an operation needs, if it needs one beyond CRUD. */
    public static Optional<String> forOperation(String op) {
        return Optional.ofNullable(OPERATION_CAPABILITIES.get(op));
    }
}
