package com.theorycloud.tabletheory.encryption;

import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * Data keys from AWS KMS, as every TableTheory runtime uses them: {@code GenerateDataKey} (key spec {@code AES_256})
 * for each sealed value and {@code Decrypt} of the stored key, both naming the configured key. No KMS encryption
 * context is sent, exactly as the Go, TypeScript and Python runtimes do, so all of them can read each other's items;
 * the attribute binding is carried by the AES-GCM associated data instead.
 *
 * <p>Needs {@code software.amazon.awssdk:kms} on the class path (an optional dependency of tabletheory-core). Wrap it
 * in a {@link CachingKeyProvider} to avoid one KMS call per value.
 *
 * <pre>{@code
 * KeyProvider keys = CachingKeyProvider.builder(AwsKmsKeyProvider.of(KmsClient.create(), keyArn)).build();
 * TableTheory db = TableTheory.builder().client(dynamoDb).keyProvider(keys).build();
 * }</pre>
 */
public final class AwsKmsKeyProvider implements KeyProvider {

    private final KmsClient kms;
    private final String keyId;

    private AwsKmsKeyProvider(KmsClient kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    /**
     * A provider using one KMS key.
     *
     * @param kms   the KMS client (not closed by the provider)
     * @param keyId the key ARN (recommended), key id or alias ARN; the same key must be able to decrypt stored keys
     * @throws IllegalArgumentException when the key id is blank
     */
    public static AwsKmsKeyProvider of(KmsClient kms, String keyId) {
        Objects.requireNonNull(kms, "kms");
        if (keyId.isBlank()) {
            throw new IllegalArgumentException("AwsKmsKeyProvider needs a KMS key ARN; set it, e.g. the property "
                    + "tabletheory.encryption.kms-key-id");
        }
        return new AwsKmsKeyProvider(kms, keyId.strip());
    }

    /** The KMS key this provider uses. */
    public String keyId() {
        return keyId;
    }

    @Override
    public DataKey generateDataKey(EncryptionContext context) {
        GenerateDataKeyResponse response;
        try {
            response = kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256));
        } catch (SdkException e) {
            throw new KeyProviderException(context.modelName(), "KMS GenerateDataKey with key " + keyId
                    + " failed" + reason(e) + "; check that the key exists and the caller may use kms:GenerateDataKey",
                    e);
        }
        SdkBytes plaintext = response.plaintext();
        SdkBytes encrypted = response.ciphertextBlob();
        if (plaintext == null || encrypted == null || plaintext.asByteArrayUnsafe().length != DataKey.KEY_BYTES
                || encrypted.asByteArrayUnsafe().length == 0) {
            throw new KeyProviderException(context.modelName(), "KMS GenerateDataKey with key " + keyId
                    + " returned no usable AES-256 data key", null);
        }
        return DataKey.of(plaintext.asByteArrayUnsafe(), encrypted.asByteArrayUnsafe());
    }

    @Override
    public byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context) {
        DecryptResponse response;
        try {
            response = kms.decrypt(b -> b.ciphertextBlob(SdkBytes.fromByteArray(encryptedKey)).keyId(keyId));
        } catch (InvalidCiphertextException | IncorrectKeyException e) {
            throw new InvalidEncryptedEnvelopeException(context.modelName(), "KMS key " + keyId
                    + " cannot decrypt the stored data key" + reason(e) + "; the value was encrypted under another"
                    + " key or its envelope was altered", e);
        } catch (SdkException e) {
            throw new KeyProviderException(context.modelName(), "KMS Decrypt with key " + keyId + " failed"
                    + reason(e) + "; check that the key exists and the caller may use kms:Decrypt", e);
        }
        SdkBytes plaintext = response.plaintext();
        if (plaintext == null || plaintext.asByteArrayUnsafe().length != DataKey.KEY_BYTES) {
            throw new InvalidEncryptedEnvelopeException(context.modelName(), "KMS Decrypt with key " + keyId
                    + " did not return a 32-byte data key; the stored data key is not a TableTheory data key");
        }
        return plaintext.asByteArray();
    }

    private static String reason(SdkException e) {
        if (e instanceof KmsException kms && kms.awsErrorDetails() != null) {
            return " (" + kms.awsErrorDetails().errorCode() + ")";
        }
        return " (" + e.getClass().getSimpleName() + ")";
    }

    @Override
    public String toString() {
        return "AwsKmsKeyProvider[" + keyId + "]";
    }
}
