package com.theorycloud.tabletheory.spring.boot.autoconfigure.local;

import java.net.URI;

/**
 * Thrown at startup when {@code tabletheory.local.enabled=true} and {@code tabletheory.client.endpoint} are both
 * set: the application would have to choose between two DynamoDB endpoints, and guessing could send development data
 * to the wrong place.
 */
public class LocalDynamoDbEndpointConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final URI endpoint;

    /**
     * Creates the exception for the configured endpoint.
     *
     * @param endpoint the value of {@code tabletheory.client.endpoint}
     */
    public LocalDynamoDbEndpointConflictException(URI endpoint) {
        super("tabletheory.local.enabled=true starts a local DynamoDB server, but tabletheory.client.endpoint="
                + endpoint + " names another endpoint; set only one of them");
        this.endpoint = endpoint;
    }

    /**
     * The endpoint that conflicts with the local server.
     *
     * @return the value of {@code tabletheory.client.endpoint}
     */
    public URI getEndpoint() {
        return this.endpoint;
    }
}
