package com.theorycloud.tabletheory.spring.boot.test.testcontainers;

import java.net.URI;
import java.util.Map;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.regions.Region;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The factory as Spring Boot finds it (through META-INF/spring.factories): which containers become TableTheory's
 * connection, and the endpoint, region and credentials they give. The containers here never start anything; the
 * end-to-end tests use a dynalite-backed one.
 */
class DynamoDbContainerConnectionDetailsFactoryTests {

    private final ConnectionDetailsFactories factories = new ConnectionDetailsFactories(null);

    @ParameterizedTest(name = "{0} serves DynamoDB on {1}")
    @CsvSource({ "amazon/dynamodb-local:2.6.1, 8000", "amazon/dynamodb-local, 8000",
            "docker.io/amazon/dynamodb-local:latest, 8000",
            "public.ecr.aws/aws-dynamodb-local/aws-dynamodb-local:2.6.1, 8000", "localstack/localstack:4.4, 4566",
            "localstack/localstack-pro:4.4, 4566" })
    void acceptsKnownDynamoDbImagesByTheirName(String image, int servicePort) throws Exception {
        StubContainer container = new StubContainer(image, servicePort, 8080);

        TableTheoryConnectionDetails details = detailsFor(container, "");

        assertThat(details).isNotNull();
        assertThat(details.getEndpoint()).isEqualTo(URI.create("http://docker-host:" + (30000 + servicePort)));
    }

    @ParameterizedTest(name = "@ServiceConnection(name = \"{0}\")")
    @CsvSource({ "dynamodb", "DynamoDB" })
    void acceptsAnyImageNamedDynamoDb(String name) throws Exception {
        StubContainer container = new StubContainer("registry.example.com/team/ddb-emulator:1.2", 9000);

        TableTheoryConnectionDetails details = detailsFor(container, name);

        assertThat(details).isNotNull();
        assertThat(details.getEndpoint()).isEqualTo(URI.create("http://docker-host:39000"));
    }

    @ParameterizedTest(name = "{0} named \"{1}\"")
    @CsvSource({ "redis:7.4, ''", "postgres:17, postgres", "amazon/dynamodb-local:2.6.1, redis",
            "mongo:8, mongodb" })
    void refusesOtherContainers(String image, String name) {
        StubContainer container = new StubContainer(image, 8000);

        Map<Class<?>, ConnectionDetails> all = this.factories
            .getConnectionDetails(ContainerConnectionSources.forField(container, name), false);

        assertThat(all).doesNotContainKey(TableTheoryConnectionDetails.class);
    }

    @Test
    void signsForUsEast1WithDummyKeysByDefault() throws Exception {
        TableTheoryConnectionDetails details = detailsFor(new StubContainer("amazon/dynamodb-local:2.6.1", 8000), "");

        assertThat(details.getRegion()).isEqualTo(Region.US_EAST_1);
        AwsCredentials credentials = details.getCredentialsProvider().resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo("test");
        assertThat(credentials.secretAccessKey()).isEqualTo("test");
    }

    @Test
    void signsForTheRegionAndKeysTheContainerWasGiven() throws Exception {
        StubContainer container = new StubContainer("localstack/localstack:4.4", 4566)
            .withEnv("AWS_DEFAULT_REGION", "eu-west-1")
            .withEnv("AWS_ACCESS_KEY_ID", "AKIDLOCAL")
            .withEnv("AWS_SECRET_ACCESS_KEY", "local-secret");

        TableTheoryConnectionDetails details = detailsFor(container, "");

        assertThat(details.getRegion()).isEqualTo(Region.EU_WEST_1);
        AwsCredentials credentials = details.getCredentialsProvider().resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo("AKIDLOCAL");
        assertThat(credentials.secretAccessKey()).isEqualTo("local-secret");
    }

    @Test
    void usesTheOnlyExposedPortWhenDynamoDbLocalListensElsewhere() throws Exception {
        // e.g. withCommand("-jar DynamoDBLocal.jar -port 9000").withExposedPorts(9000)
        TableTheoryConnectionDetails details = detailsFor(new StubContainer("amazon/dynamodb-local:2.6.1", 9000), "");

        assertThat(details.getEndpoint()).isEqualTo(URI.create("http://docker-host:39000"));
    }

    @Test
    void explainsWhichPortToExposeWhenItCannotTell() throws Exception {
        TableTheoryConnectionDetails none = detailsFor(new StubContainer("amazon/dynamodb-local:2.6.1"), "");
        assertThatIllegalStateException().isThrownBy(none::getEndpoint)
            .withMessageContaining("amazon/dynamodb-local:2.6.1")
            .withMessageContaining("exposes no port")
            .withMessageContaining("withExposedPorts(8000)");

        TableTheoryConnectionDetails two = detailsFor(new StubContainer("team/ddb:1", 8000, 9000), "dynamodb");
        assertThatIllegalStateException().isThrownBy(two::getEndpoint)
            .withMessageContaining("team/ddb:1")
            .withMessageContaining("ports [8000, 9000]")
            .withMessageContaining("withExposedPorts(port)");
    }

    private @Nullable TableTheoryConnectionDetails detailsFor(StubContainer container, String name) throws Exception {
        Map<Class<?>, ConnectionDetails> all = this.factories
            .getConnectionDetails(ContainerConnectionSources.forField(container, name), false);
        ConnectionDetails details = all.get(TableTheoryConnectionDetails.class);
        if (details instanceof InitializingBean bean) {
            bean.afterPropertiesSet(); // what the context does before the client asks for the endpoint
        }
        return (TableTheoryConnectionDetails) details;
    }

    /** A container that is never started: host docker-host, container port p mapped to 30000 + p. */
    static final class StubContainer extends GenericContainer<StubContainer> {

        private final String image;

        StubContainer(String image, Integer... exposedPorts) {
            super(DockerImageName.parse(image));
            this.image = image;
            withExposedPorts(exposedPorts);
        }

        @Override
        public void start() {
        }

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public String getDockerImageName() {
            return this.image;
        }

        @Override
        public String getHost() {
            return "docker-host";
        }

        @Override
        public Integer getMappedPort(int originalPort) {
            return 30000 + originalPort;
        }
    }
}
