package com.theorycloud.tabletheory.spring.boot.autoconfigure.local;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link LocalDynamoDbEndpointConflictException}: which two settings conflict and how to keep one.
 */
final class LocalDynamoDbEndpointConflictFailureAnalyzer
        extends AbstractFailureAnalyzer<LocalDynamoDbEndpointConflictException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalDynamoDbEndpointConflictException cause) {
        return new FailureAnalysis("Conflicting DynamoDB settings: tabletheory.local.enabled=true starts a local"
                + " DynamoDB server, and tabletheory.client.endpoint=" + cause.getEndpoint()
                + " points the client somewhere else.", """
                Keep one of them. To use the embedded local server, remove tabletheory.client.endpoint. To use a \
                DynamoDB that is already running at that endpoint, remove tabletheory.local.enabled (or set it to \
                false).""", cause);
    }
}
