package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains the AWS SDK's "Unable to load region" failure when the DynamoDB client is built without a region, and
 * says which property or environment variable fixes it.
 */
final class MissingRegionFailureAnalyzer extends AbstractFailureAnalyzer<SdkClientException> {

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SdkClientException cause) {
        String message = cause.getMessage();
        if (message == null || !message.contains("Unable to load region")) {
            return null;
        }
        return new FailureAnalysis("""
                The DynamoDB client has no AWS region. tabletheory.client.region is not set, and the AWS SDK's \
                region chain (aws.region system property, AWS_REGION environment variable, profile file, \
                instance metadata) found none.""", """
                Set tabletheory.client.region (for example tabletheory.client.region=eu-west-1) or the AWS_REGION \
                environment variable. For development without AWS, set tabletheory.local.enabled=true to run a \
                local DynamoDB server instead.""", cause);
    }
}
