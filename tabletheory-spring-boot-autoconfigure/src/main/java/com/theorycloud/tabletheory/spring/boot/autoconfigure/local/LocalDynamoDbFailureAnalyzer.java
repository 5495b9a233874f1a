package com.theorycloud.tabletheory.spring.boot.autoconfigure.local;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains why the local DynamoDB server did not start, most often because Node.js is missing or too old, and what
 * to install or configure.
 */
final class LocalDynamoDbFailureAnalyzer implements FailureAnalyzer {

    // Matched by name: tabletheory-local is optional, and this analyzer is loaded whether or not it is present.
    private static final String LOCAL_EXCEPTION = "com.theorycloud.tabletheory.local.LocalDynamoDbException";

    private static final String NEEDS_NODE = "The local DynamoDB needs Node.js";

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        Throwable cause = findLocalFailure(failure);
        if (cause == null) {
            return null;
        }
        String message = String.valueOf(cause.getMessage());
        if (message.startsWith(NEEDS_NODE)) {
            return new FailureAnalysis("tabletheory.local.enabled=true runs a local DynamoDB server (dynalite) with"
                    + " Node.js, but Node.js is not usable: " + message, """
                    Install Node.js 20 or newer with npm (for example 'apt-get install nodejs npm', \
                    'brew install node', or from https://nodejs.org), or set tabletheory.local.node-executable to \
                    the node binary. To connect to AWS instead, remove tabletheory.local.enabled and set \
                    tabletheory.client.region.""", cause);
        }
        return new FailureAnalysis("tabletheory.local.enabled=true could not start the local DynamoDB server: "
                + message, """
                Fix the problem the message names. The server installs dynalite with npm on first use, so the \
                npm registry must be reachable once; tabletheory.local.port must be free when set. To run \
                without the local server, remove tabletheory.local.enabled.""", cause);
    }

    private static @Nullable Throwable findLocalFailure(Throwable failure) {
        for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
            if (LOCAL_EXCEPTION.equals(candidate.getClass().getName())) {
                return candidate;
            }
        }
        return null;
    }
}
