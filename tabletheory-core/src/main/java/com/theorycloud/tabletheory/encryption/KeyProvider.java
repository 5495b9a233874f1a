package com.theorycloud.tabletheory.encryption;

/**
 * Supplies the data keys that seal encrypted attributes (envelope encryption): a fresh data key to encrypt with, and
 * the plaintext of a stored, encrypted data key to decrypt with. Configure one on
 * {@code TableTheory.builder().keyProvider(...)}; a model with encrypted attributes refuses to read or write without
 * one.
 *
 * <p>Implementations: {@link AwsKmsKeyProvider} (production, readable by the Go, TypeScript and Python runtimes),
 * {@link LocalKeyProvider} (development and tests), {@link CachingKeyProvider} (bounds the calls to another provider)
 * and {@link DeterministicKeyProvider} (contract test vectors only). Implementations must be thread-safe.
 */
public interface KeyProvider {

    /** The length of an AES-GCM nonce, in bytes. */
    int NONCE_BYTES = 12;

    /**
     * A data key to seal one value of the given attribute with.
     *
     * @throws KeyProviderException when the key service cannot produce one
     */
    DataKey generateDataKey(EncryptionContext context);

    /**
     * The 32-byte plaintext of an encrypted data key read from an envelope.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException when the encrypted key is not one
     *         of this provider's (another key, altered bytes)
     * @throws KeyProviderException when the key service cannot be reached or refuses the call
     */
    byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context);

    /**
     * The AES-GCM nonce for the next sealed value: 12 bytes from a {@link java.security.SecureRandom}. Only providers
     * that reproduce fixed test vectors override this; a nonce must never repeat under the same data key.
     */
    default byte[] nonce(EncryptionContext context) {
        byte[] nonce = new byte[NONCE_BYTES];
        SecureRandoms.INSTANCE.nextBytes(nonce);
        return nonce;
    }
}
