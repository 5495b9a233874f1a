package com.theorycloud.tabletheory.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.local.RecordedRequest;
import com.theorycloud.tabletheory.local.RecordedResponse;
import com.theorycloud.tabletheory.local.ReplayingHttpClient;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kms.KmsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KMS provider through a real SDK {@link KmsClient} whose HTTP layer answers with responses shaped like AWS KMS's
 * (AWS JSON 1.1, base64 blobs, {@code __type} errors): what goes over the wire, how KMS errors and throttling come
 * back, and an encrypted item written to and read from the local DynamoDB with data keys from that KMS.
 */
class AwsKmsKeyProviderWireTest {

    private static final String KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final EncryptionContext CONTEXT = new EncryptionContext("Model", "secret");
    private static final byte[] DATA_KEY = filled(32, 7);
    private static final byte[] EDK = filled(184, 3); // the length of a real KMS AES-256 data key blob
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static byte[] filled(int length, int value) {
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) value);
        return out;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static RecordedResponse kms(int status, String body) {
        return new RecordedResponse(status, Map.of("Content-Type", List.of("application/x-amz-json-1.1"),
                "x-amzn-RequestId", List.of("6e3f6c0a-0b1d-4c84-8d5b-0d6b2f1c9a11")), body);
    }

    private static RecordedResponse generated() {
        return kms(200, "{\"CiphertextBlob\":\"" + base64(EDK) + "\",\"KeyId\":\"" + KEY_ARN + "\",\"Plaintext\":\""
                + base64(DATA_KEY) + "\"}");
    }

    private static RecordedResponse decrypted() {
        return kms(200, "{\"EncryptionAlgorithm\":\"SYMMETRIC_DEFAULT\",\"KeyId\":\"" + KEY_ARN
                + "\",\"Plaintext\":\"" + base64(DATA_KEY) + "\"}");
    }

    private static RecordedResponse error(String type, String message) {
        return kms(400, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    private static KmsClient client(ReplayingHttpClient http) {
        return KmsClient.builder()
                .httpClient(http)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(3)
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .build()))
                .build();
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return JSON.readTree(request.body());
    }

    @Test
    void generateDataKeySendsTheKeyAndAes256AndNoEncryptionContext() throws Exception {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(generated()).build();

        DataKey key = AwsKmsKeyProvider.of(client(http), KEY_ARN).generateDataKey(CONTEXT);

        assertThat(key.plaintextKey()).isEqualTo(DATA_KEY);
        assertThat(key.encryptedKey()).isEqualTo(EDK);
        RecordedRequest request = http.requests().get(0);
        assertThat(request.operation()).isEqualTo("GenerateDataKey");
        assertThat(request.headers().get("X-Amz-Target")).containsExactly("TrentService.GenerateDataKey");
        assertThat(request.uri().getHost()).isEqualTo("kms.us-east-1.amazonaws.com");
        JsonNode sent = body(request);
        assertThat(sent.path("KeyId").asString()).isEqualTo(KEY_ARN);
        assertThat(sent.path("KeySpec").asString()).isEqualTo("AES_256");
        assertThat(sent.has("EncryptionContext")).as("no encryption context, as every runtime").isFalse();
        assertThat(sent.has("NumberOfBytes")).isFalse();
    }

    @Test
    void decryptSendsTheStoredBlobAndTheKey() throws Exception {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(decrypted()).build();

        byte[] plaintext = AwsKmsKeyProvider.of(client(http), KEY_ARN).decryptDataKey(EDK, CONTEXT);

        assertThat(plaintext).isEqualTo(DATA_KEY);
        JsonNode sent = body(http.requests().get(0));
        assertThat(http.operations()).containsExactly("Decrypt");
        assertThat(Base64.getDecoder().decode(sent.path("CiphertextBlob").asString())).isEqualTo(EDK);
        assertThat(sent.path("KeyId").asString()).isEqualTo(KEY_ARN);
        assertThat(sent.has("EncryptionContext")).isFalse();
    }

    @Test
    void kmsThrottlingIsRetriedByTheSdk() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respond(error("ThrottlingException", "Rate exceeded"), generated()).build();

        DataKey key = AwsKmsKeyProvider.of(client(http), KEY_ARN).generateDataKey(CONTEXT);

        assertThat(key.encryptedKey()).isEqualTo(EDK);
        assertThat(http.operations()).containsExactly("GenerateDataKey", "GenerateDataKey");
    }

    @Test
    void kmsErrorsNameTheErrorCodeTheKeyAndTheFix() {
        ReplayingHttpClient http = ReplayingHttpClient.builder()
                .respond(error("AccessDeniedException", "User is not authorized to perform kms:GenerateDataKey"),
                        error("InvalidCiphertextException", ""),
                        error("IncorrectKeyException", "The key ID in the request does not identify a CMK"),
                        error("NotFoundException", "Key does not exist"))
                .build();
        AwsKmsKeyProvider keys = AwsKmsKeyProvider.of(client(http), KEY_ARN);

        assertThatThrownBy(() -> keys.generateDataKey(CONTEXT)).isInstanceOf(KeyProviderException.class)
                .hasMessageContaining("(AccessDeniedException)").hasMessageContaining(KEY_ARN)
                .hasMessageContaining("kms:GenerateDataKey");
        assertThatThrownBy(() -> keys.decryptDataKey(EDK, CONTEXT))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class)
                .hasMessageContaining("(InvalidCiphertextException)").hasMessageContaining("cannot decrypt");
        assertThatThrownBy(() -> keys.decryptDataKey(EDK, CONTEXT))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class).hasMessageContaining("(IncorrectKeyException)");
        assertThatThrownBy(() -> keys.decryptDataKey(EDK, CONTEXT)).isInstanceOf(KeyProviderException.class)
                .hasMessageContaining("(NotFoundException)").hasMessageContaining("kms:Decrypt");
        assertThat(http.remainingResponses()).isZero();
    }

    @Test
    void aDataKeyOfTheWrongSizeIsRefused() {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(kms(200, "{\"CiphertextBlob\":\""
                + base64(EDK) + "\",\"KeyId\":\"" + KEY_ARN + "\",\"Plaintext\":\"" + base64(filled(16, 1)) + "\"}"))
                .build();

        assertThatThrownBy(() -> AwsKmsKeyProvider.of(client(http), KEY_ARN).generateDataKey(CONTEXT))
                .isInstanceOf(KeyProviderException.class).hasMessageContaining("no usable AES-256 data key");
    }

    /** A model with one encrypted attribute, so each write and each read makes exactly one KMS call. */
    @TableTheoryModel(table = "kms_wire_secrets")
    record Secret(@PartitionKey String id, @Encrypted String value) {
    }

    @Test
    void anItemIsSealedAndOpenedOnTheLocalDynamoDbWithDataKeysFromKms() throws Exception {
        ReplayingHttpClient http = ReplayingHttpClient.builder().respond(generated(), decrypted()).build();
        LocalDynamoDb local = LocalDynamoDb.shared();
        String tableName = local.uniqueTableName("kms_wire_secrets");
        TableTheory db = TableTheory.builder().client(local.client()).tableNameResolver(schema -> tableName)
                .keyProvider(AwsKmsKeyProvider.of(client(http), KEY_ARN)).build();
        Table<Secret> secrets = db.table(Secret.class);
        db.ensureTable(secrets.schema());
        try {
            // The put answers with what it stored, without asking KMS to decrypt the key it just generated.
            assertThat(secrets.put(new Secret("s-1", "the launch code"))).isEqualTo(new Secret("s-1", "the launch code"));
            assertThat(http.operations()).containsExactly("GenerateDataKey");

            Map<String, AttributeValue> stored = local.client()
                    .getItem(r -> r.tableName(tableName).key(Map.of("id", AttributeValue.fromS("s-1")))).item();
            Map<String, AttributeValue> envelope = stored.get("value").m();
            assertThat(envelope.get("edk").b().asByteArray()).as("the blob KMS returned").isEqualTo(EDK);
            assertThat(stored.toString()).doesNotContain("launch");

            assertThat(secrets.get(Key.of("s-1"))).isEqualTo(new Secret("s-1", "the launch code"));
            assertThat(http.operations()).containsExactly("GenerateDataKey", "Decrypt");
            assertThat(Base64.getDecoder().decode(JSON.readTree(http.requests().get(1).body())
                    .path("CiphertextBlob").asString())).isEqualTo(EDK);
        } finally {
            db.deleteTableIfExists(secrets.schema());
        }
    }
}
