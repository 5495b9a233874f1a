package com.theorycloud.tabletheory.outbox;

import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The outbox model (attribute names, the due-records index) and the conversion between {@link OutboxRecord} and the
 * stored document.
 */
final class OutboxItems {

    static final String PK = "PK";
    static final String SK = "SK";
    static final String OPERATION = "operation";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String REQUESTED_STATE = "requestedState";
    static final String STATUS = "outboxStatus";
    static final String ATTEMPTS = "attempts";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String LAST_ERROR = "lastError";
    static final String LEASE_OWNER = "leaseOwner";
    static final String LEASE_EXPIRES_AT = "leaseExpiresAt";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String TTL = "ttl";

    // Fixed width (always three fraction digits, always Z) so the index's string order is time order.
    private static final DateTimeFormatter DUE_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    // Status partitions a sparse-by-design index: only outbox rows carry outboxStatus, so a table shared with
    // release-state rows indexes nothing else. Operation, idempotency key and requested state never change.
    private static final String MODEL_YAML = """
            dms_version: "0.2"
            namespace: "tabletheory.outbox"
            models:
              - name: "%s"
                table:
                  name: "%s"
                naming:
                  convention: "camelCase"
                keys:
                  partition: { attribute: "PK", type: "S" }
                  sort: { attribute: "SK", type: "S" }
                write_policy:
                  mode: "mutable"
                  protected_attributes: ["operation", "idempotencyKey", "requestedState"]
                attributes:
                  - { attribute: "PK", type: "S", required: true, roles: ["pk"] }
                  - { attribute: "SK", type: "S", required: true, roles: ["sk"] }
                  - { attribute: "operation", type: "S", required: true }
                  - { attribute: "idempotencyKey", type: "S", required: true }
                  - { attribute: "requestedState", type: "S", optional: true }
                  - { attribute: "outboxStatus", type: "S", required: true }
                  - { attribute: "attempts", type: "N", format: "int" }
                  - { attribute: "nextAttemptAt", type: "S", required: true }
                  - { attribute: "lastError", type: "S", optional: true, omit_empty: true }
                  - { attribute: "leaseOwner", type: "S", optional: true, omit_empty: true }
                  - { attribute: "leaseExpiresAt", type: "N", format: "int", optional: true, omit_empty: true }
                  - { attribute: "createdAt", type: "S", format: "rfc3339nano", roles: ["created_at"] }
                  - { attribute: "updatedAt", type: "S", format: "rfc3339nano", roles: ["updated_at"] }
                  - { attribute: "ttl", type: "N", format: "unix_seconds", roles: ["ttl"], optional: true, omit_empty: true }
                indexes:
                  - name: "%s"
                    type: "GSI"
                    partition: { attribute: "outboxStatus", type: "S" }
                    sort: { attribute: "nextAttemptAt", type: "S" }
                    projection: { type: "ALL" }
            """;

    private OutboxItems() {
    }

    /** The outbox model stored in the given logical table, with its due-records index. */
    static ModelSchema schema(String modelName, String tableName, String indexName) {
        return DmsLoader.parse(MODEL_YAML.formatted(modelName, tableName, indexName), "outbox model")
                .model(modelName);
    }

    /** The index form of a time: fixed width, millisecond precision, UTC. */
    static String due(Instant instant) {
        return DUE_FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The document of a record. */
    static Document toDocument(OutboxRecord record) {
        Document.Builder builder = Document.builder()
                .put(PK, record.pk())
                .put(SK, record.sk())
                .put(OPERATION, record.operation())
                .put(IDEMPOTENCY_KEY, record.idempotencyKey())
                .put(REQUESTED_STATE, record.requestedState())
                .put(STATUS, record.status().name())
                .put(ATTEMPTS, record.attempts())
                .put(NEXT_ATTEMPT_AT, due(record.nextAttemptAt()));
        if (record.lastError() != null) {
            builder.put(LAST_ERROR, record.lastError());
        }
        if (record.leaseOwner() != null) {
            builder.put(LEASE_OWNER, record.leaseOwner());
        }
        if (record.leaseExpiresAt() != null) {
            builder.put(LEASE_EXPIRES_AT, record.leaseExpiresAt().toEpochMilli());
        }
        return builder.build();
    }

    /** The record of a stored document. */
    static OutboxRecord fromDocument(Document item) {
        Long leaseMillis = item.getLong(LEASE_EXPIRES_AT);
        Long attempts = item.getLong(ATTEMPTS);
        String requested = item.getString(REQUESTED_STATE);
        return new OutboxRecord(text(item, PK), text(item, SK), text(item, OPERATION), text(item, IDEMPOTENCY_KEY),
                requested == null ? "" : requested, OutboxStatus.valueOf(text(item, STATUS)),
                attempts == null ? 0 : attempts.intValue(), Instant.parse(text(item, NEXT_ATTEMPT_AT)),
                item.getString(LAST_ERROR), item.getString(LEASE_OWNER),
                leaseMillis == null ? null : Instant.ofEpochMilli(leaseMillis), instant(item.get(CREATED_AT)),
                instant(item.get(UPDATED_AT)));
    }

    private static String text(Document item, String name) {
        String value = item.getString(name);
        if (value == null) {
            throw new IllegalStateException("Outbox row " + item.get(PK) + "/" + item.get(SK) + " has no " + name
                    + "; it was not written by OutboxWriter");
        }
        return value;
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        return value instanceof String text ? Instant.parse(text) : null;
    }
}
