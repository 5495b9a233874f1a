package com.theorycloud.tabletheory.spring.boot.autoconfigure.local;

import java.net.URI;

import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * {@link TableTheoryConnectionDetails} that point the client at a running {@link LocalDynamoDb}.
 */
final class LocalDynamoDbConnectionDetails implements TableTheoryConnectionDetails {

    private final LocalDynamoDb server;

    LocalDynamoDbConnectionDetails(LocalDynamoDb server) {
        this.server = server;
    }

    @Override
    public URI getEndpoint() {
        return this.server.endpoint();
    }

    @Override
    public Region getRegion() {
        return this.server.region();
    }

    @Override
    public AwsCredentialsProvider getCredentialsProvider() {
        return this.server.credentialsProvider();
    }
}
