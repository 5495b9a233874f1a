package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where DynamoDB is and how to sign for it. The default comes from {@code tabletheory.client.*}; a local server or a
 * test's service connection supplies its own bean of this type to take over.
 */
public interface TableTheoryConnectionDetails extends ConnectionDetails {

    /**
     * The endpoint to call instead of the region's DynamoDB endpoint.
     *
     * @return the endpoint, or {@code null} for DynamoDB in {@link #getRegion() the region}
     */
    @Nullable URI getEndpoint();

    /**
     * The region requests are signed for.
     *
     * @return the region, or {@code null} to let the AWS SDK's region chain decide
     */
    @Nullable Region getRegion();

    /**
     * The credentials requests are signed with.
     *
     * @return the credentials provider, never {@code null}
     */
    AwsCredentialsProvider getCredentialsProvider();
}
