package com.theorycloud.tabletheory.encryption;

import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Data keys wrapped by one local AES-256 key from configuration, for development and tests without KMS. Each data
 * key is random and stored wrapped with AES-GCM under the local key ({@code edk} = 12-byte nonce followed by the
 * sealed key). The Go, TypeScript and Python runtimes only speak KMS, so items written with a local key are readable
 * by this runtime (with the same key) only. Keep the key out of source control.
 *
 * <pre>{@code
 * KeyProvider keys = LocalKeyProvider.fromBase64(System.getenv("TABLETHEORY_LOCAL_KEY"));
 * }</pre>
 */
public final class LocalKeyProvider implements KeyProvider {

    private static final byte[] WRAP_AAD = "tabletheory:local-data-key:v1".getBytes(StandardCharsets.UTF_8);
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    private LocalKeyProvider(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * A provider using the given 32-byte key.
     *
     * @throws IllegalArgumentException when the key is not 32 bytes
     */
    public static LocalKeyProvider of(byte[] key) {
        if (key.length != DataKey.KEY_BYTES) {
            throw new IllegalArgumentException("a local encryption key must be 32 bytes (AES-256) but has "
                    + key.length + "; generate one with: openssl rand -base64 32");
        }
        return new LocalKeyProvider(key.clone());
    }

    /**
     * A provider using a 32-byte key written as standard base64, e.g. from {@code openssl rand -base64 32}.
     *
     * @throws IllegalArgumentException when the text is not base64 of 32 bytes (the message never quotes the text)
     */
    public static LocalKeyProvider fromBase64(String key) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the local encryption key is not standard base64; generate one with:"
                    + " openssl rand -base64 32");
        }
        return of(decoded);
    }

    /** A provider with a fresh random key, for tests: nothing it writes outlives the provider. */
    public static LocalKeyProvider random() {
        byte[] key = new byte[DataKey.KEY_BYTES];
        SecureRandoms.INSTANCE.nextBytes(key);
        return new LocalKeyProvider(key);
    }

    @Override
    public DataKey generateDataKey(EncryptionContext context) {
        byte[] dataKey = new byte[DataKey.KEY_BYTES];
        SecureRandoms.INSTANCE.nextBytes(dataKey);
        byte[] nonce = new byte[NONCE_BYTES];
        SecureRandoms.INSTANCE.nextBytes(nonce);
        byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, nonce, dataKey, 0, dataKey.length);
        byte[] encrypted = Arrays.copyOf(nonce, NONCE_BYTES + wrapped.length);
        System.arraycopy(wrapped, 0, encrypted, NONCE_BYTES, wrapped.length);
        return DataKey.of(dataKey, encrypted);
    }

    @Override
    public byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context) {
        if (encryptedKey.length != NONCE_BYTES + DataKey.KEY_BYTES + TAG_BITS / 8) {
            throw notOurs(context);
        }
        byte[] nonce = Arrays.copyOf(encryptedKey, NONCE_BYTES);
        try {
            return crypt(Cipher.DECRYPT_MODE, nonce, encryptedKey, NONCE_BYTES, encryptedKey.length - NONCE_BYTES);
        } catch (InvalidEncryptedEnvelopeException e) {
            throw notOurs(context);
        }
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(WRAP_AAD);
            return cipher.doFinal(input, offset, length);
        } catch (AEADBadTagException e) {
            throw new InvalidEncryptedEnvelopeException(null, "the data key failed authentication");
        } catch (GeneralSecurityException e) {
            throw new KeyProviderException(null, "AES-GCM is not available in this JVM: " + e.getMessage(), e);
        }
    }

    private static InvalidEncryptedEnvelopeException notOurs(EncryptionContext context) {
        return new InvalidEncryptedEnvelopeException(context.modelName(), "The local encryption key cannot decrypt"
                + " the stored data key of attribute '" + context.attributeName() + "'; it was written with another"
                + " key (or by KMS), or the envelope was altered");
    }

    @Override
    public String toString() {
        return "LocalKeyProvider[key hidden]";
    }
}
