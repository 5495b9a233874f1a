package com.theorycloud.tabletheory.spring.boot.autoconfigure.encryption;

import com.theorycloud.tabletheory.encryption.AwsKmsKeyProvider;
import com.theorycloud.tabletheory.encryption.CachingKeyProvider;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryConnectionDetails;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.SdkHttpClientBuilders;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Builds the engine's encryption {@link KeyProvider} from {@code tabletheory.encryption.*}: an
 * {@link AwsKmsKeyProvider} behind a {@link CachingKeyProvider} for {@code kms-key-id}, or a {@link LocalKeyProvider}
 * for {@code local-key} (development only). A {@link KeyProvider} bean of the application replaces both.
 */
@AutoConfiguration(after = TableTheoryClientAutoConfiguration.class, before = TableTheoryAutoConfiguration.class)
@ConditionalOnClass(KeyProvider.class)
@EnableConfigurationProperties(TableTheoryProperties.class)
@Import({ TableTheoryEncryptionAutoConfiguration.Kms.class, TableTheoryEncryptionAutoConfiguration.KmsMissing.class,
        TableTheoryEncryptionAutoConfiguration.Local.class })
public final class TableTheoryEncryptionAutoConfiguration {

    static final String KMS_KEY_ID = "tabletheory.encryption.kms-key-id";

    static final String LOCAL_KEY = "tabletheory.encryption.local-key";

    private static final Log logger = LogFactory.getLog(TableTheoryEncryptionAutoConfiguration.class);

    /** KMS envelope encryption; the KMS client classes are only touched here. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KmsClient.class)
    @ConditionalOnProperty(KMS_KEY_ID)
    static final class Kms {

        @Bean
        @ConditionalOnMissingBean
        KmsClient tableTheoryKmsClient(ObjectProvider<TableTheoryConnectionDetails> connectionDetails,
                TableTheoryProperties properties, ResourceLoader resourceLoader) {
            // Region and credentials follow the DynamoDB client; the endpoint does not, since it names DynamoDB.
            KmsClientBuilder builder = KmsClient.builder()
                .httpClientBuilder(SdkHttpClientBuilders.forProperties(properties.client().http(),
                        resourceLoader.getClassLoader()));
            TableTheoryConnectionDetails details = connectionDetails.getIfAvailable();
            if (details != null) {
                builder.credentialsProvider(details.getCredentialsProvider());
                Region region = details.getRegion();
                if (region != null) {
                    builder.region(region);
                }
            }
            else {
                builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
            }
            return builder.build();
        }

        @Bean
        @ConditionalOnMissingBean
        KeyProvider tableTheoryKeyProvider(KmsClient kms, TableTheoryProperties properties) {
            TableTheoryProperties.Encryption encryption = properties.encryption();
            TableTheoryProperties.Cache cache = encryption.cache();
            String keyId = encryption.kmsKeyId();
            if (keyId == null) {
                throw new IllegalStateException(KMS_KEY_ID + " is not set");
            }
            return CachingKeyProvider.builder(AwsKmsKeyProvider.of(kms, keyId))
                .maxAge(cache.maxAge())
                .maxEntries(cache.maxEntries())
                .maxReuse(cache.maxReuse())
                .build();
        }
    }

    /** A KMS key is configured but the KMS client is not there to use it: fail rather than store plain text. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("software.amazon.awssdk.services.kms.KmsClient")
    @ConditionalOnProperty(KMS_KEY_ID)
    static final class KmsMissing {

        @Bean
        @ConditionalOnMissingBean
        KeyProvider tableTheoryKeyProvider() {
            throw new IllegalStateException(KMS_KEY_ID + " is set, but software.amazon.awssdk:kms is not on the class"
                    + " path; add the dependency software.amazon.awssdk:kms (its version comes from the AWS SDK BOM)"
                    + " or define a KeyProvider bean of your own");
        }
    }

    /** A key from the configuration, for development and tests. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(LOCAL_KEY)
    static final class Local {

        @Bean
        @ConditionalOnMissingBean
        KeyProvider tableTheoryKeyProvider(TableTheoryProperties properties) {
            String key = properties.encryption().localKey();
            if (key == null) {
                throw new IllegalStateException(LOCAL_KEY + " is not set");
            }
            logger.warn(LOCAL_KEY + " is set: encrypted attributes are protected by a key from the configuration,"
                    + " not by AWS KMS. Use it for development and tests only; in production set " + KMS_KEY_ID
                    + " instead.");
            try {
                return LocalKeyProvider.fromBase64(key);
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(LOCAL_KEY + " is unusable: " + ex.getMessage(), ex);
            }
        }
    }
}
