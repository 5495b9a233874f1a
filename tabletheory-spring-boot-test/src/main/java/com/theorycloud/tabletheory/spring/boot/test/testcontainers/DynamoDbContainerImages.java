package com.theorycloud.tabletheory.spring.boot.test.testcontainers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.testcontainers.utility.DockerImageName;

/**
 * What TableTheory knows about DynamoDB-compatible images: the connection names it accepts, the port each image
 * serves DynamoDB on, and the region and credentials to sign with.
 */
final class DynamoDbContainerImages {

    /** The name to give {@code @ServiceConnection} for any other DynamoDB-compatible image. */
    static final String DYNAMODB = "dynamodb";

    static final String DYNAMODB_LOCAL = "amazon/dynamodb-local";

    static final String DYNAMODB_LOCAL_ECR = "aws-dynamodb-local/aws-dynamodb-local";

    static final String LOCALSTACK = "localstack/localstack";

    static final String LOCALSTACK_PRO = "localstack/localstack-pro";

    /**
     * Connection names come from {@code @ServiceConnection(name = ...)} or, for {@code @Container} fields, from the
     * image's repository (registry and tag left out).
     */
    static final List<String> CONNECTION_NAMES = List.of(DYNAMODB, DYNAMODB_LOCAL, DYNAMODB_LOCAL_ECR, LOCALSTACK,
            LOCALSTACK_PRO);

    static final int DYNAMODB_LOCAL_PORT = 8000;

    static final int LOCALSTACK_PORT = 4566;

    static final String DEFAULT_REGION = "us-east-1";

    /** Neither DynamoDB Local nor LocalStack checks keys; LocalStack's documented default is {@code test}. */
    static final String DEFAULT_KEY = "test";

    private DynamoDbContainerImages() {
    }

    /**
     * The container port DynamoDB listens on: the image's well-known port when the container exposes it, otherwise
     * the container's only exposed port.
     */
    static int servicePort(String imageName, List<Integer> exposedPorts) {
        @Nullable Integer known = knownPort(imageName);
        if (known != null && exposedPorts.contains(known)) {
            return known;
        }
        if (exposedPorts.size() == 1) {
            return exposedPorts.get(0);
        }
        String expected = (known != null) ? String.valueOf(known) : "the port DynamoDB listens on";
        throw new IllegalStateException("TableTheory cannot tell which port of the DynamoDB container " + imageName
                + " serves DynamoDB: it exposes " + (exposedPorts.isEmpty() ? "no port" : "ports " + exposedPorts)
                + "; expose exactly " + expected + " with withExposedPorts(" + ((known != null) ? known : "port")
                + ")");
    }

    private static @Nullable Integer knownPort(String imageName) {
        String repository = DockerImageName.parse(imageName).getRepository().toLowerCase(Locale.ROOT);
        if (repository.equals(DYNAMODB_LOCAL) || repository.equals(DYNAMODB_LOCAL_ECR)) {
            return DYNAMODB_LOCAL_PORT;
        }
        if (repository.equals(LOCALSTACK) || repository.equals(LOCALSTACK_PRO)) {
            return LOCALSTACK_PORT;
        }
        return null;
    }

    /** The region the container was told to use, else us-east-1 (both images accept any region). */
    static String region(Map<String, String> environment) {
        for (String name : List.of("AWS_REGION", "AWS_DEFAULT_REGION", "DEFAULT_REGION")) {
            String region = environment.get(name);
            if (region != null && !region.isBlank()) {
                return region;
            }
        }
        return DEFAULT_REGION;
    }

    /** The keys the container was given, else dummy ones: these servers accept any. */
    static Credentials credentials(Map<String, String> environment) {
        String accessKeyId = environment.getOrDefault("AWS_ACCESS_KEY_ID", "");
        String secretAccessKey = environment.getOrDefault("AWS_SECRET_ACCESS_KEY", "");
        if (accessKeyId.isBlank() || secretAccessKey.isBlank()) {
            return new Credentials(DEFAULT_KEY, DEFAULT_KEY);
        }
        return new Credentials(accessKeyId, secretAccessKey);
    }

    /** A static key pair. */
    record Credentials(String accessKeyId, String secretAccessKey) {
    }
}
