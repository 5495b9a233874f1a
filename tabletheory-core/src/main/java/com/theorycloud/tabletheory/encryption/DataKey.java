package com.theorycloud.tabletheory.encryption;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A 256-bit data key in two forms: the plaintext key that seals attribute values, and the same key encrypted by the
 * key provider, which is stored in the envelope ({@code edk}). Both arrays are copied in and out, and
 * {@link #toString()} never shows key material.
 */
public final class DataKey {

    /** The length of a data key, in bytes (AES-256). */
    public static final int KEY_BYTES = 32;

    private final byte[] plaintextKey;
    private final byte[] encryptedKey;

    private DataKey(byte[] plaintextKey, byte[] encryptedKey) {
        this.plaintextKey = plaintextKey.clone();
        this.encryptedKey = encryptedKey.clone();
    }

    /**
     * A data key.
     *
     * @param plaintextKey the 32-byte AES key
     * @param encryptedKey the key as the provider encrypted it (not empty)
     * @throws IllegalArgumentException when the plaintext key is not 32 bytes or the encrypted key is empty
     */
    public static DataKey of(byte[] plaintextKey, byte[] encryptedKey) {
        if (plaintextKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("a data key must be " + KEY_BYTES + " bytes but has "
                    + plaintextKey.length);
        }
        if (encryptedKey.length == 0) {
            throw new IllegalArgumentException("the encrypted data key is empty");
        }
        return new DataKey(plaintextKey, encryptedKey);
    }

    /** A copy of the plaintext AES key. */
    public byte[] plaintextKey() {
        return plaintextKey.clone();
    }

    /** A copy of the encrypted key, as stored in the envelope. */
    public byte[] encryptedKey() {
        return encryptedKey.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DataKey key && Arrays.equals(plaintextKey, key.plaintextKey)
                && Arrays.equals(encryptedKey, key.encryptedKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encryptedKey);
    }

    @Override
    public String toString() {
        return "DataKey[encryptedKey=" + encryptedKey.length + " bytes]";
    }
}
