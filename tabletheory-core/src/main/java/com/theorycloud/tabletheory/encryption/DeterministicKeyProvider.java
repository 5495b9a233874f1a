package com.theorycloud.tabletheory.encryption;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * <b>NOT FOR PRODUCTION: every key and nonce derives from a public seed, so anyone can decrypt what it seals.</b>
 * Reproduces the deterministic provider of the TableTheory contract runners, so a scenario's envelope bytes are the
 * same in every runtime (contract scenarios with {@code encryption: {provider: deterministic, seed: ...}}).
 *
 * <p>Derivation, as the upstream Go runner does it: {@code master = SHA-256(seed)}; one counter shared by keys and
 * nonces, incremented before each derivation; {@code edk = HMAC-SHA256(master, "edk|<model>|<attribute>|<n>")};
 * {@code dataKey = HMAC-SHA256(master, edk)}; nonces are read from a byte stream that appends
 * {@code HMAC-SHA256(master, "nonce|<model>|<attribute>|<n>")} whenever it runs short.
 */
public final class DeterministicKeyProvider implements KeyProvider {

    /** The seed the upstream contract scenarios use. */
    public static final String CONTRACT_SEED = "tabletheory-contract-deterministic-v1";

    private final byte[] master;
    private final ByteArrayOutputStream nonceBuffer = new ByteArrayOutputStream();
    private long counter;

    private DeterministicKeyProvider(byte[] master) {
        this.master = master;
    }

    /**
     * A provider deriving everything from the given seed; test vectors only.
     *
     * @throws IllegalArgumentException when the seed is empty
     */
    public static DeterministicKeyProvider fromSeed(String seed) {
        if (seed.isEmpty()) {
            throw new IllegalArgumentException("the deterministic key provider needs a seed");
        }
        try {
            return new DeterministicKeyProvider(
                    MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public synchronized DataKey generateDataKey(EncryptionContext context) {
        byte[] encrypted = next("edk", context, DataKey.KEY_BYTES);
        return DataKey.of(hmac(encrypted), encrypted);
    }

    @Override
    public byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context) {
        return hmac(encryptedKey);
    }

    @Override
    public synchronized byte[] nonce(EncryptionContext context) {
        byte[] buffered = nonceBuffer.toByteArray();
        while (buffered.length < NONCE_BYTES) {
            nonceBuffer.writeBytes(next("nonce", context, 32));
            buffered = nonceBuffer.toByteArray();
        }
        nonceBuffer.reset();
        nonceBuffer.write(buffered, NONCE_BYTES, buffered.length - NONCE_BYTES);
        return Arrays.copyOf(buffered, NONCE_BYTES);
    }

    private byte[] next(String label, EncryptionContext context, int length) {
        counter++;
        String input = label + "|" + context.modelName() + "|" + context.attributeName() + "|" + counter;
        return Arrays.copyOf(hmac(input.getBytes(StandardCharsets.UTF_8)), length);
    }

    private byte[] hmac(byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "DeterministicKeyProvider[NOT FOR PRODUCTION]";
    }
}
