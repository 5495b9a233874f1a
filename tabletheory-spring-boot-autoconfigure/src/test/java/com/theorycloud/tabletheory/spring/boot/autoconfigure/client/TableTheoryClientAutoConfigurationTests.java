package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.BillingMode;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.HttpClientType;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.RetryMode;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.SchemaMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class TableTheoryClientAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class));

    private final ApplicationContextRunner localRunner = this.contextRunner.withPropertyValues(
            "tabletheory.client.region=eu-west-1", "tabletheory.client.endpoint=http://127.0.0.1:8000",
            "tabletheory.client.credentials.access-key=local", "tabletheory.client.credentials.secret-key=local");

    @Test
    void buildsClientFromRegionEndpointAndStaticCredentials() {
        this.localRunner.run((context) -> {
            assertThat(context).hasSingleBean(DynamoDbClient.class)
                .hasSingleBean(PropertiesTableTheoryConnectionDetails.class);
            DynamoDbClient client = context.getBean(DynamoDbClient.class);
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(client.serviceClientConfiguration().endpointOverride())
                .contains(URI.create("http://127.0.0.1:8000"));
            AwsCredentialsProvider credentials = context.getBean(TableTheoryConnectionDetails.class)
                .getCredentialsProvider();
            assertThat(credentials).isInstanceOf(StaticCredentialsProvider.class);
            assertThat(credentials.resolveCredentials().accessKeyId()).isEqualTo("local");
            assertThat(credentials.resolveCredentials().secretAccessKey()).isEqualTo("local");
        });
    }

    @Test
    void usesDefaultCredentialsChainWithoutStaticKeys() {
        this.contextRunner.withPropertyValues("tabletheory.client.region=us-east-1")
            .run((context) -> assertThat(
                    context.getBean(TableTheoryConnectionDetails.class).getCredentialsProvider())
                .isInstanceOf(DefaultCredentialsProvider.class));
    }

    @Test
    void warnsAboutStaticKeysForAwsItself(CapturedOutput output) {
        this.contextRunner
            .withPropertyValues("tabletheory.client.region=eu-west-1", "tabletheory.client.credentials.access-key=a",
                    "tabletheory.client.credentials.secret-key=b")
            .run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).contains("static key pair for AWS itself");
    }

    @Test
    void staysQuietAboutStaticKeysForALocalEndpoint(CapturedOutput output) {
        this.localRunner.run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).doesNotContain("static key pair");
    }

    @Test
    void userDynamoDbClientBeanWins() {
        this.localRunner.withUserConfiguration(UserClientConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(DynamoDbClient.class);
            assertThat(context.getBean(DynamoDbClient.class)).isSameAs(context.getBean("userClient"));
        });
    }

    @Test
    void userConnectionDetailsReplaceProperties() {
        this.localRunner.withBean(TableTheoryConnectionDetails.class, FixedConnectionDetails::new).run((context) -> {
            assertThat(context).hasSingleBean(TableTheoryConnectionDetails.class)
                .doesNotHaveBean(PropertiesTableTheoryConnectionDetails.class);
            DynamoDbClient client = context.getBean(DynamoDbClient.class);
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.AP_SOUTHEAST_2);
            assertThat(client.serviceClientConfiguration().endpointOverride())
                .contains(URI.create("http://127.0.0.1:4567"));
        });
    }

    @Test
    void backsOffWhenTheSdkIsMissing() {
        this.localRunner.withClassLoader(new FilteredClassLoader(DynamoDbClient.class))
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(DynamoDbClient.class)
                .doesNotHaveBean(TableTheoryConnectionDetails.class)
                .doesNotHaveBean(TableTheoryProperties.class));
    }

    @Test
    void bindsEveryClientProperty() {
        this.localRunner
            .withPropertyValues("tabletheory.client.http.type=url-connection",
                    "tabletheory.client.http.connection-timeout=750ms", "tabletheory.client.http.socket-timeout=4s",
                    "tabletheory.client.http.max-connections=12", "tabletheory.client.retry.mode=adaptive",
                    "tabletheory.client.retry.max-attempts=6", "tabletheory.client.consistent-read=true")
            .run((context) -> {
                TableTheoryProperties.Client client = context.getBean(TableTheoryProperties.class).client();
                assertThat(client.region()).isEqualTo("eu-west-1");
                assertThat(client.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8000"));
                assertThat(client.credentials().accessKey()).isEqualTo("local");
                assertThat(client.http().type()).isEqualTo(HttpClientType.URL_CONNECTION);
                assertThat(client.http().connectionTimeout()).isEqualTo(Duration.ofMillis(750));
                assertThat(client.http().socketTimeout()).isEqualTo(Duration.ofSeconds(4));
                assertThat(client.http().maxConnections()).isEqualTo(12);
                assertThat(client.retry().mode()).isEqualTo(RetryMode.ADAPTIVE);
                assertThat(client.retry().maxAttempts()).isEqualTo(6);
                assertThat(client.consistentRead()).isTrue();
                RetryStrategy strategy = context.getBean(DynamoDbClient.class)
                    .serviceClientConfiguration()
                    .overrideConfiguration()
                    .retryStrategy()
                    .orElseThrow();
                assertThat(strategy.maxAttempts()).isEqualTo(6);
                assertThat(strategy).isInstanceOf(DefaultRetryStrategy.adaptiveStrategyBuilder().build().getClass());
            });
    }

    @Test
    void bindsModelAndSchemaProperties() {
        this.contextRunner
            .withPropertyValues("tabletheory.models.packages=com.example.orders,com.example.billing",
                    "tabletheory.models.dms=classpath:tabletheory/models.yml",
                    "tabletheory.models.table-prefix=dev-", "tabletheory.models.table-suffix=-v2",
                    "tabletheory.models.naming-convention=snake-case", "tabletheory.schema.mode=create",
                    "tabletheory.schema.billing-mode=provisioned", "tabletheory.schema.read-capacity-units=10",
                    "tabletheory.schema.write-capacity-units=4", "tabletheory.client.region=us-east-1")
            .run((context) -> {
                TableTheoryProperties properties = context.getBean(TableTheoryProperties.class);
                assertThat(properties.models().packages()).containsExactly("com.example.orders",
                        "com.example.billing");
                assertThat(properties.models().dms()).containsExactly("classpath:tabletheory/models.yml");
                assertThat(properties.models().tablePrefix()).isEqualTo("dev-");
                assertThat(properties.models().tableSuffix()).isEqualTo("-v2");
                assertThat(properties.models().namingConvention()).isEqualTo(NamingConvention.SNAKE_CASE);
                assertThat(properties.schema().mode()).isEqualTo(SchemaMode.CREATE);
                assertThat(properties.schema().billingMode()).isEqualTo(BillingMode.PROVISIONED);
                assertThat(properties.schema().readCapacityUnits()).isEqualTo(10);
                assertThat(properties.schema().writeCapacityUnits()).isEqualTo(4);
            });
    }

    @Test
    void appliesDocumentedDefaults() {
        this.contextRunner.withPropertyValues("tabletheory.client.region=us-east-1").run((context) -> {
            TableTheoryProperties properties = context.getBean(TableTheoryProperties.class);
            assertThat(properties.client().endpoint()).isNull();
            assertThat(properties.client().credentials().isStatic()).isFalse();
            assertThat(properties.client().http().type()).isEqualTo(HttpClientType.AUTO);
            assertThat(properties.client().http().connectionTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.client().http().socketTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.client().http().maxConnections()).isEqualTo(50);
            assertThat(properties.client().retry().mode()).isEqualTo(RetryMode.STANDARD);
            assertThat(properties.client().retry().maxAttempts()).isEqualTo(3);
            assertThat(properties.client().consistentRead()).isFalse();
            assertThat(properties.models().packages()).isEmpty();
            assertThat(properties.models().dms()).isEmpty();
            assertThat(properties.models().tablePrefix()).isEmpty();
            assertThat(properties.models().tableSuffix()).isEmpty();
            assertThat(properties.models().namingConvention()).isEqualTo(NamingConvention.CAMEL_CASE);
            assertThat(properties.schema().mode()).isEqualTo(SchemaMode.NONE);
            assertThat(properties.schema().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(properties.local().enabled()).isFalse();
            assertThat(properties.local().port()).isZero();
            assertThat(properties.local().dataDirectory()).isNull();
            assertThat(properties.local().nodeExecutable()).isNull();
            RetryStrategy strategy = context.getBean(DynamoDbClient.class)
                .serviceClientConfiguration()
                .overrideConfiguration()
                .retryStrategy()
                .orElseThrow();
            assertThat(strategy.maxAttempts()).isEqualTo(3);
            assertThat(strategy).isInstanceOf(DefaultRetryStrategy.standardStrategyBuilder().build().getClass());
        });
    }

    @Test
    void appliesCustomizersInOrderAfterProperties() {
        this.localRunner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
            // The customizers run when the SDK client is built, on its first call.
            assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
                .isEqualTo(Region.CA_CENTRAL_1);
            assertThat(context.getBean(CustomizerConfiguration.class).seen).containsExactly("first", "second");
        });
    }

    @Test
    void buildsTheSdkClientOnItsFirstCallNotAtStartup() {
        this.localRunner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
            CustomizerConfiguration customizers = context.getBean(CustomizerConfiguration.class);
            DynamoDbClient client = context.getBean(DynamoDbClient.class);
            assertThat(customizers.seen).as("customizers run when the SDK client is built").isEmpty();
            assertThat(client).isInstanceOf(LazyDynamoDbClient.class);
            assertThat(((LazyDynamoDbClient) client).isBuilt()).isFalse();
            assertThat(client.serviceName()).isEqualTo("dynamodb");
            assertThat(((LazyDynamoDbClient) client).isBuilt()).isFalse();
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.CA_CENTRAL_1);
            assertThat(client.serviceClientConfiguration().endpointOverride())
                .contains(URI.create("http://127.0.0.1:8000"));
            assertThat(customizers.seen).containsExactly("first", "second");
            assertThat(((LazyDynamoDbClient) client).isBuilt()).isTrue();
        });
    }

    @Test
    void closesTheBuiltSdkClientWithTheContext() {
        List<DynamoDbClient> clients = new ArrayList<>();
        this.localRunner.run((context) -> {
            LazyDynamoDbClient client = (LazyDynamoDbClient) context.getBean(DynamoDbClient.class);
            client.serviceClientConfiguration();
            clients.add(client);
            clients.add(client.client());
        });
        // The Apache client's pool refuses work once the SDK client is closed.
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> clients.get(1).listTables())
            .withMessageContaining("shut down");
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> clients.get(0).listTables());
    }

    @Test
    void neverBuildsAClientClosedBeforeItsFirstCall() {
        List<DynamoDbClient> clients = new ArrayList<>();
        this.localRunner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
            clients.add(context.getBean(DynamoDbClient.class));
            CustomizerConfiguration customizers = context.getBean(CustomizerConfiguration.class);
            context.close();
            assertThat(customizers.seen).isEmpty();
        });
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> clients.get(0).listTables())
            .withMessageContaining("closed");
    }

    @Test
    void customizerExtendingTheOverrideConfigurationKeepsRetrySettings() {
        ExecutionInterceptor interceptor = new ExecutionInterceptor() {
        };
        this.localRunner.withPropertyValues("tabletheory.client.retry.max-attempts=5")
            .withBean(DynamoDbClientBuilderCustomizer.class, () -> (builder) -> builder.overrideConfiguration(
                    builder.overrideConfiguration().toBuilder().addExecutionInterceptor(interceptor).build()))
            .run((context) -> {
                ClientOverrideConfiguration override = context.getBean(DynamoDbClient.class)
                    .serviceClientConfiguration()
                    .overrideConfiguration();
                assertThat(override.executionInterceptors()).contains(interceptor);
                assertThat(override.retryStrategy()).hasValueSatisfying((strategy) -> assertThat(
                        strategy.maxAttempts()).isEqualTo(5));
            });
    }

    @Test
    void socketTimeoutReachesEitherHttpClient() throws IOException {
        // A server that accepts connections (the kernel's backlog does) but never answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            for (String type : List.of("apache5", "url-connection")) {
                this.contextRunner
                    .withPropertyValues("tabletheory.client.region=eu-west-1",
                            "tabletheory.client.endpoint=http://127.0.0.1:" + silent.getLocalPort(),
                            "tabletheory.client.credentials.access-key=local",
                            "tabletheory.client.credentials.secret-key=local", "tabletheory.client.http.type=" + type,
                            "tabletheory.client.http.socket-timeout=300ms", "tabletheory.client.retry.max-attempts=1")
                    .run((context) -> assertThatExceptionOfType(SdkClientException.class)
                        .as(type)
                        .isThrownBy(() -> context.getBean(DynamoDbClient.class).listTables())
                        .withRootCauseInstanceOf(SocketTimeoutException.class));
            }
        }
    }

    @Test
    void fallsBackToUrlConnectionClientWithoutApache() {
        this.localRunner.withClassLoader(new FilteredClassLoader(Apache5HttpClient.class))
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(DynamoDbClient.class));
    }

    @Test
    void failsWhenTheChosenHttpClientIsMissing() {
        this.localRunner.withClassLoader(new FilteredClassLoader(Apache5HttpClient.class))
            .withPropertyValues("tabletheory.client.http.type=apache5")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .hasMessageContaining("tabletheory.client.http.type is APACHE5")
                .hasMessageContaining("software.amazon.awssdk:apache5-client is not on the class path"));
    }

    @Test
    void rejectsHalfAStaticKeyPair() {
        this.contextRunner
            .withPropertyValues("tabletheory.client.region=eu-west-1",
                    "tabletheory.client.credentials.access-key=local")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .hasMessageContaining("access-key and secret-key must be set together"));
    }

    @Test
    void rejectsEndpointWithoutScheme() {
        this.contextRunner
            .withPropertyValues("tabletheory.client.region=eu-west-1", "tabletheory.client.endpoint=localhost:8000")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .hasMessageContaining("is not an absolute URI")
                .hasMessageContaining("http://localhost:8000"));
    }

    @Test
    void keepsTheSecretKeyOutOfToString() {
        TableTheoryProperties.Credentials credentials = new TableTheoryProperties.Credentials("AKIDEXAMPLE",
                "wJalrXUtnFEMI");
        assertThat(credentials.toString()).contains("AKIDEXAMPLE").doesNotContain("wJalrXUtnFEMI");
    }

    @Test
    void failsWithoutAnyRegion() {
        // The build sets no AWS_REGION, no profile file and no instance metadata, so the SDK's chain finds nothing.
        this.contextRunner.run((context) -> assertThat(context).getFailure()
            .rootCause()
            .isInstanceOf(SdkClientException.class)
            .hasMessageContaining("Unable to load region"));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserClientConfiguration {

        @Bean
        DynamoDbClient userClient() {
            return DynamoDbClient.builder()
                .region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        final List<String> seen = new ArrayList<>();

        @Bean
        @Order(2)
        DynamoDbClientBuilderCustomizer second() {
            return (builder) -> {
                this.seen.add("second");
                builder.region(Region.CA_CENTRAL_1);
            };
        }

        @Bean
        @Order(1)
        DynamoDbClientBuilderCustomizer first() {
            return (DynamoDbClientBuilder builder) -> this.seen.add("first");
        }
    }

    static final class FixedConnectionDetails implements TableTheoryConnectionDetails {

        @Override
        public @Nullable URI getEndpoint() {
            return URI.create("http://127.0.0.1:4567");
        }

        @Override
        public @Nullable Region getRegion() {
            return Region.AP_SOUTHEAST_2;
        }

        @Override
        public AwsCredentialsProvider getCredentialsProvider() {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("fixed", "fixed"));
        }
    }
}
