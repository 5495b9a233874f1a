package com.theorycloud.tabletheory.spring.boot.autoconfigure.encryption;

import java.util.Base64;
import java.util.Map;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.encryption.CachingKeyProvider;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.local.TableTheoryLocalAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.fixtures.encrypted.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kms.KmsClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tabletheory.encryption.*: which key provider each setting builds, what gives way to the application's own, and the
 * startup failures for missing or conflicting settings. The end-to-end test runs on the local DynamoDB.
 */
@ExtendWith(OutputCaptureExtension.class)
class TableTheoryEncryptionAutoConfigurationTests {

    static final String ENCRYPTED = "com.theorycloud.tabletheory.spring.boot.fixtures.encrypted";

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                TableTheoryEncryptionAutoConfiguration.class, TableTheoryAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1", "tabletheory.client.endpoint=http://127.0.0.1:9",
                "tabletheory.client.credentials.access-key=a", "tabletheory.client.credentials.secret-key=b",
                "tabletheory.models.packages=" + ENCRYPTED);

    @Test
    void buildsACachedKmsKeyProviderForAKmsKeyId() {
        this.contextRunner.withPropertyValues("tabletheory.encryption.kms-key-id=arn:aws:kms:us-east-1:1:key/k",
                "tabletheory.encryption.cache.max-reuse=1").run((context) -> {
                    assertThat(context).hasNotFailed().hasSingleBean(KmsClient.class);
                    KeyProvider keys = context.getBean(KeyProvider.class);
                    assertThat(keys).isInstanceOf(CachingKeyProvider.class);
                    assertThat(keys.toString()).contains("arn:aws:kms:us-east-1:1:key/k");
                    assertThat(context.getBean(KmsClient.class).serviceClientConfiguration().region().id())
                        .isEqualTo("us-east-1");
                });
    }

    @Test
    void usesTheApplicationsKmsClient() {
        KmsClient own = KmsClient.builder().region(software.amazon.awssdk.regions.Region.EU_WEST_1).build();
        this.contextRunner.withPropertyValues("tabletheory.encryption.kms-key-id=alias/app")
            .withBean(KmsClient.class, () -> own)
            .run((context) -> assertThat(context).hasNotFailed().getBean(KmsClient.class).isSameAs(own));
    }

    @Test
    void failsWhenAKmsKeyIsSetButTheKmsClientIsMissing() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(KmsClient.class))
            .withPropertyValues("tabletheory.encryption.kms-key-id=alias/app")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("software.amazon.awssdk:kms is not on the class path"));
    }

    @Test
    void buildsALocalKeyProviderAndWarnsLoudly(CapturedOutput output) {
        this.contextRunner.withPropertyValues("tabletheory.encryption.local-key=" + KEY).run((context) -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(KmsClient.class);
            assertThat(context.getBean(KeyProvider.class)).isInstanceOf(LocalKeyProvider.class);
        });
        assertThat(output).contains("WARN").contains("tabletheory.encryption.local-key is set")
            .contains("development and tests only").doesNotContain(KEY);
    }

    @Test
    void rejectsALocalKeyThatIsNot32Bytes() {
        this.contextRunner.withPropertyValues("tabletheory.encryption.local-key=c2hvcnQ=")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("must be 32 bytes"));
    }

    @Test
    void refusesBothAKmsKeyAndALocalKey() {
        this.contextRunner
            .withPropertyValues("tabletheory.encryption.kms-key-id=alias/app", "tabletheory.encryption.local-key=" + KEY)
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("kms-key-id and tabletheory.encryption.local-key are both set"));
    }

    @Test
    void givesWayToTheApplicationsKeyProvider() {
        KeyProvider own = LocalKeyProvider.random();
        this.contextRunner.withPropertyValues("tabletheory.encryption.kms-key-id=alias/app")
            .withBean(KeyProvider.class, () -> own)
            .run((context) -> assertThat(context).hasNotFailed().getBean(KeyProvider.class).isSameAs(own));
        this.contextRunner.withPropertyValues("tabletheory.encryption.local-key=" + KEY)
            .withBean(KeyProvider.class, () -> own)
            .run((context) -> assertThat(context).hasNotFailed().getBean(KeyProvider.class).isSameAs(own));
    }

    @Test
    void failsStartupForAnEncryptedModelWithoutKeysAndExplainsTheFix() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new EncryptionNotConfiguredFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("model Secret", "[value]");
            assertThat(analysis.getAction()).contains("tabletheory.encryption.kms-key-id",
                    "tabletheory.encryption.local-key", "KeyProvider bean");
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(EncryptionNotConfiguredException.class);
        });
    }

    @Test
    void startsWithoutKeysWhenNoModelIsEncrypted() {
        this.contextRunner.withPropertyValues("tabletheory.models.packages=com.theorycloud.tabletheory.spring.boot"
                + ".fixtures.orders").run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(KeyProvider.class));
    }

    @Test
    void writesAndReadsAnEncryptedModelWithALocalKeyOnTheLocalDynamoDb() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TableTheoryLocalAutoConfiguration.class,
                    TableTheoryClientAutoConfiguration.class, TableTheoryEncryptionAutoConfiguration.class,
                    TableTheoryAutoConfiguration.class))
            .withPropertyValues("tabletheory.models.packages=" + ENCRYPTED, "tabletheory.local.enabled=true",
                    "tabletheory.schema.mode=create", "tabletheory.encryption.local-key=" + KEY)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                TableTheory engine = context.getBean(TableTheory.class);
                engine.table(Secret.class).create(new Secret("s-1", "open sesame"));
                assertThat(engine.table(Secret.class).get(Key.of("s-1")).value()).isEqualTo("open sesame");
                Map<String, AttributeValue> raw = context.getBean(DynamoDbClient.class)
                    .getItem((get) -> get.tableName("secrets").key(Map.of("id", AttributeValue.fromS("s-1"))))
                    .item();
                assertThat(raw.get("value").m()).containsKeys("v", "edk", "nonce", "ct");
                assertThat(raw.get("value").toString()).doesNotContain("open sesame");
            });
    }
}
