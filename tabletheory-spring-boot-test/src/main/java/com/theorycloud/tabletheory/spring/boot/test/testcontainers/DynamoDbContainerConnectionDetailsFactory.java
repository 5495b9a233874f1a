package com.theorycloud.tabletheory.spring.boot.test.testcontainers;

import java.net.URI;
import java.util.List;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import org.testcontainers.containers.Container;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * Creates {@link TableTheoryConnectionDetails} for a {@code @ServiceConnection} container that speaks the DynamoDB
 * protocol: one whose image is amazon/dynamodb-local (Docker Hub or Amazon ECR Public) or LocalStack, or any container
 * whose annotation says {@code name = "dynamodb"}. Registered in {@code META-INF/spring.factories}.
 */
final class DynamoDbContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<Container<?>, TableTheoryConnectionDetails> {

    DynamoDbContainerConnectionDetailsFactory() {
        super(DynamoDbContainerImages.CONNECTION_NAMES);
    }

    @Override
    protected TableTheoryConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<Container<?>> source) {
        return new DynamoDbContainerConnectionDetails(source);
    }

    /**
     * The endpoint, region and credentials of the container, read when the client is built (which starts the
     * container if nothing has yet).
     */
    static final class DynamoDbContainerConnectionDetails extends ContainerConnectionDetails<Container<?>>
            implements TableTheoryConnectionDetails {

        DynamoDbContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
            super(source);
        }

        @Override
        public URI getEndpoint() {
            Container<?> container = getContainer();
            int port = DynamoDbContainerImages.servicePort(container.getDockerImageName(),
                    List.copyOf(container.getExposedPorts()));
            return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(port));
        }

        @Override
        public Region getRegion() {
            return Region.of(DynamoDbContainerImages.region(getContainer().getEnvMap()));
        }

        @Override
        public AwsCredentialsProvider getCredentialsProvider() {
            DynamoDbContainerImages.Credentials credentials = DynamoDbContainerImages
                .credentials(getContainer().getEnvMap());
            return StaticCredentialsProvider
                .create(AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey()));
        }
    }
}
