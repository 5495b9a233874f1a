package com.theorycloud.tabletheory.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyRequest;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KmsException;

/** The KMS provider against a stand-in KMS client that records the requests it gets. */
class AwsKmsKeyProviderTest {

    private static final String KEY_ARN = "arn:aws:kms:us-east-1:111111111111:key/test";
    private static final EncryptionContext CONTEXT = new EncryptionContext("Model", "secret");
    private static final byte[] DATA_KEY = filled(32, 1);
    private static final byte[] EDK = "ciphertext-data-key".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static byte[] filled(int length, int value) {
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) value);
        return out;
    }

    /** A KMS stand-in answering like the upstream runners' stub. */
    private static final class FakeKms implements KmsClient {
        private final List<Object> requests = new ArrayList<>();
        private RuntimeException failure;

        @Override
        public GenerateDataKeyResponse generateDataKey(GenerateDataKeyRequest request) {
            requests.add(request);
            if (failure != null) {
                throw failure;
            }
            return GenerateDataKeyResponse.builder().plaintext(SdkBytes.fromByteArray(DATA_KEY))
                    .ciphertextBlob(SdkBytes.fromByteArray(EDK)).keyId(KEY_ARN).build();
        }

        @Override
        public DecryptResponse decrypt(DecryptRequest request) {
            requests.add(request);
            if (failure != null) {
                throw failure;
            }
            return DecryptResponse.builder().plaintext(SdkBytes.fromByteArray(DATA_KEY)).keyId(KEY_ARN).build();
        }

        @Override
        public String serviceName() {
            return "kms";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void generatesAes256DataKeysWithTheConfiguredKeyAndNoEncryptionContext() {
        FakeKms kms = new FakeKms();
        DataKey key = AwsKmsKeyProvider.of(kms, KEY_ARN).generateDataKey(CONTEXT);

        assertThat(key.plaintextKey()).isEqualTo(DATA_KEY);
        assertThat(key.encryptedKey()).isEqualTo(EDK);
        GenerateDataKeyRequest request = (GenerateDataKeyRequest) kms.requests.get(0);
        assertThat(request.keyId()).isEqualTo(KEY_ARN);
        assertThat(request.keySpec()).isEqualTo(DataKeySpec.AES_256);
        assertThat(request.hasEncryptionContext()).isFalse();
    }

    @Test
    void decryptsStoredKeysNamingTheConfiguredKey() {
        FakeKms kms = new FakeKms();
        byte[] plaintext = AwsKmsKeyProvider.of(kms, KEY_ARN).decryptDataKey(EDK, CONTEXT);

        assertThat(plaintext).isEqualTo(DATA_KEY);
        DecryptRequest request = (DecryptRequest) kms.requests.get(0);
        assertThat(request.keyId()).isEqualTo(KEY_ARN);
        assertThat(request.ciphertextBlob().asByteArray()).isEqualTo(EDK);
        assertThat(request.hasEncryptionContext()).isFalse();
    }

    @Test
    void reportsARefusedDataKeyAsAnInvalidEnvelope() {
        FakeKms kms = new FakeKms();
        kms.failure = InvalidCiphertextException.builder().message("bad")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InvalidCiphertextException").build()).build();

        assertThatThrownBy(() -> AwsKmsKeyProvider.of(kms, KEY_ARN).decryptDataKey(EDK, CONTEXT))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class)
                .hasMessageContaining("InvalidCiphertextException").hasMessageContaining(KEY_ARN);
    }

    @Test
    void reportsKmsOutagesAsKeyProviderErrors() {
        FakeKms kms = new FakeKms();
        kms.failure = KmsException.builder().message("denied")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException").build()).build();
        AwsKmsKeyProvider keys = AwsKmsKeyProvider.of(kms, KEY_ARN);

        assertThatThrownBy(() -> keys.generateDataKey(CONTEXT)).isInstanceOf(KeyProviderException.class)
                .hasMessageContaining("AccessDeniedException").hasMessageContaining("kms:GenerateDataKey");
        assertThatThrownBy(() -> keys.decryptDataKey(EDK, CONTEXT)).isInstanceOf(KeyProviderException.class)
                .hasMessageContaining("kms:Decrypt");
    }

    @Test
    void needsAKeyId() {
        assertThatThrownBy(() -> AwsKmsKeyProvider.of(new FakeKms(), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tabletheory.encryption.kms-key-id");
    }
}
