package com.theorycloud.tabletheory.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.local.TableTheoryLocalAutoConfiguration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The bad-input catalogue for Spring configuration: every misconfigured {@code tabletheory.*} property stops startup
 * with a message that names the property and says what a valid value is, before any client or local server exists.
 */
class PropertiesBadInputTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryLocalAutoConfiguration.class,
                TableTheoryClientAutoConfiguration.class))
        .withUserConfiguration(BindProperties.class)
        .withPropertyValues("tabletheory.client.region=eu-west-1",
                "tabletheory.client.credentials.access-key=test", "tabletheory.client.credentials.secret-key=test");

    static Stream<Arguments> misconfigurations() {
        return Stream.of(
                Arguments.of("tabletheory.client.region= ", "tabletheory.client.region is blank"),
                Arguments.of("tabletheory.client.endpoint=localhost:8000", "http://localhost:8000"),
                Arguments.of("tabletheory.client.credentials.secret-key=", "must be set together"),
                Arguments.of("tabletheory.client.http.max-connections=0", "tabletheory.client.http.max-connections"),
                Arguments.of("tabletheory.client.http.connection-timeout=soon", "tabletheory.client.http.connection-timeout"),
                Arguments.of("tabletheory.client.http.type=netty", "tabletheory.client.http.type"),
                Arguments.of("tabletheory.client.retry.max-attempts=0", "tabletheory.client.retry.max-attempts"),
                Arguments.of("tabletheory.client.retry.mode=sometimes", "tabletheory.client.retry.mode"),
                Arguments.of("tabletheory.schema.mode=sometimes", "tabletheory.schema.mode"),
                Arguments.of("tabletheory.schema.read-capacity-units=0", "tabletheory.schema.read-capacity-units"),
                Arguments.of("tabletheory.local.port=70000", "tabletheory.local.port"),
                Arguments.of("tabletheory.health.timeout=0s", "tabletheory.health.timeout"),
                Arguments.of("tabletheory.encryption.local-key= ", "tabletheory.encryption.kms-key-id or local-key is blank"),
                Arguments.of("tabletheory.encryption.cache.max-entries=0", "tabletheory.encryption.cache.max-age"),
                Arguments.of("tabletheory.outbox.batch-size=0", "tabletheory.outbox.batch-size"),
                Arguments.of("tabletheory.outbox.poll-interval=0s", "tabletheory.outbox.poll-interval"),
                Arguments.of("tabletheory.outbox.backoff-max=10ms", "tabletheory.outbox.backoff-base, backoff-max"),
                Arguments.of("tabletheory.outbox.retention=0s", "retention must be"),
                Arguments.of("tabletheory.outbox.table= ", "tabletheory.outbox.table"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misconfigurations")
    void misconfiguredPropertyStopsStartupNamingTheProperty(String property, String expected) {
        this.contextRunner.withPropertyValues(property).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(failureChain(context.getStartupFailure())).contains(expected);
        });
    }

    @ParameterizedTest(name = "both encryption keys")
    @MethodSource("bothEncryptionKeys")
    void bothEncryptionKeysAreRefused(String kms, String local) {
        this.contextRunner.withPropertyValues(kms, local).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(failureChain(context.getStartupFailure())).contains("are both set");
        });
    }

    static Stream<Arguments> bothEncryptionKeys() {
        return Stream.of(Arguments.of("tabletheory.encryption.kms-key-id=alias/app",
                "tabletheory.encryption.local-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    }

    @ParameterizedTest(name = "local server with an endpoint")
    @MethodSource("localWithEndpoint")
    void localServerAndEndpointConflictStartsNothing(String local, String endpoint) {
        this.contextRunner.withPropertyValues(local, endpoint).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(failureChain(context.getStartupFailure())).contains("tabletheory.client.endpoint");
        });
    }

    static Stream<Arguments> localWithEndpoint() {
        return Stream.of(Arguments.of("tabletheory.local.enabled=true", "tabletheory.client.endpoint=http://localhost:8000"));
    }

    private static String failureChain(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TableTheoryProperties.class)
    static class BindProperties {
    }
}
