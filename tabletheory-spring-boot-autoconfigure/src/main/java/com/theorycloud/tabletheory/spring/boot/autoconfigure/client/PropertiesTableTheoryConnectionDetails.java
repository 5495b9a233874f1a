package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import java.net.URI;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * {@link TableTheoryConnectionDetails} read from {@code tabletheory.client.*}.
 */
final class PropertiesTableTheoryConnectionDetails implements TableTheoryConnectionDetails, AutoCloseable {

    private static final Log logger = LogFactory.getLog(PropertiesTableTheoryConnectionDetails.class);

    private final TableTheoryProperties.Client client;

    private final Object lock = new Object();

    private @Nullable AwsCredentialsProvider credentialsProvider;

    private boolean closed;

    PropertiesTableTheoryConnectionDetails(TableTheoryProperties properties) {
        this.client = properties.client();
        TableTheoryProperties.Credentials credentials = this.client.credentials();
        if (credentials.accessKey() != null && credentials.secretKey() != null && this.client.endpoint() == null) {
            // A long-lived key in a property file is a leak waiting to happen on real AWS.
            logger.warn("tabletheory.client.credentials sets a static key pair for AWS itself; it is meant for"
                    + " local DynamoDB servers. On AWS remove it and let the default credentials chain use"
                    + " environment, profile or role credentials.");
        }
    }

    @Override
    public @Nullable URI getEndpoint() {
        return this.client.endpoint();
    }

    @Override
    public @Nullable Region getRegion() {
        String region = this.client.region();
        return (region != null) ? Region.of(region) : null;
    }

    /**
     * The provider, created on the first call (with the DynamoDB client, which is itself built on its first call)
     * so that startup does not load the SDK's credential classes; the key pair was checked when it was bound.
     */
    @Override
    public AwsCredentialsProvider getCredentialsProvider() {
        synchronized (this.lock) {
            if (this.credentialsProvider == null) {
                if (this.closed) {
                    throw new IllegalStateException("The TableTheory connection details were closed with their"
                            + " application context");
                }
                this.credentialsProvider = credentialsProvider(this.client.credentials());
            }
            return this.credentialsProvider;
        }
    }

    /** Closes the default credentials chain, which may hold refreshing threads and HTTP clients. */
    @Override
    public void close() {
        AwsCredentialsProvider provider;
        synchronized (this.lock) {
            this.closed = true;
            provider = this.credentialsProvider;
        }
        if (provider instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }

    private AwsCredentialsProvider credentialsProvider(TableTheoryProperties.Credentials credentials) {
        String accessKey = credentials.accessKey();
        String secretKey = credentials.secretKey();
        if (accessKey != null && secretKey != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
