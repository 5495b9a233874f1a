package com.theorycloud.tabletheory.encryption.internal;

import com.theorycloud.tabletheory.encryption.DataKey;
import com.theorycloud.tabletheory.encryption.EncryptionContext;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.KeyProviderException;
import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seals and opens the values of one model's encrypted attributes in the envelope every TableTheory runtime stores:
 * a map {@code {v: N "1", edk: B, nonce: B, ct: B}} where {@code ct} is AES-256-GCM (12-byte nonce, 128-bit tag
 * appended) of the value's {@link AvJson} form under the data key, with associated data
 * {@code theorydb:encrypted:v1|attr=<attribute name>}. Messages of the errors it raises name the model and attribute
 * but never a value.
 */
public final class AttributeCipher {

    private static final String VERSION = "1";
    private static final int TAG_BITS = 128;

    private final String modelName;
    private final KeyProvider keys;

    /** A cipher for one model's attributes. */
    public AttributeCipher(String modelName, KeyProvider keys) {
        this.modelName = modelName;
        this.keys = keys;
    }

    /** The associated data binding a sealed value to its attribute. */
    static byte[] associatedData(String attributeName) {
        return ("theorydb:encrypted:v1|attr=" + attributeName).getBytes(StandardCharsets.UTF_8);
    }

    /** The envelope of a value of the named attribute. */
    public AttributeValue seal(String attributeName, AttributeValue value) {
        EncryptionContext context = new EncryptionContext(modelName, attributeName);
        byte[] plaintext = AvJson.encode(value);
        DataKey dataKey = provide(() -> keys.generateDataKey(context), attributeName, "generate a data key");
        byte[] nonce = provide(() -> keys.nonce(context), attributeName, "produce a nonce");
        if (nonce.length != KeyProvider.NONCE_BYTES) {
            throw new KeyProviderException(modelName, "Model " + modelName + " attribute '" + attributeName
                    + "': the key provider returned a " + nonce.length + "-byte nonce; AES-GCM needs 12", null);
        }
        byte[] sealed;
        try {
            sealed = cipher(Cipher.ENCRYPT_MODE, dataKey.plaintextKey(), nonce, attributeName).doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new KeyProviderException(modelName, "Model " + modelName + " attribute '" + attributeName
                    + "': AES-GCM encryption failed (" + e.getClass().getSimpleName() + ")", null);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
        return AttributeValue.fromM(Map.of(
                "v", AttributeValue.fromN(VERSION),
                "edk", AttributeValue.fromB(SdkBytes.fromByteArray(dataKey.encryptedKey())),
                "nonce", AttributeValue.fromB(SdkBytes.fromByteArray(nonce)),
                "ct", AttributeValue.fromB(SdkBytes.fromByteArray(sealed))));
    }

    /**
     * The value inside an envelope of the named attribute.
     *
     * @throws InvalidEncryptedEnvelopeException when the stored value is not a well-formed envelope, its data key is
     *         not the provider's, or it fails authentication (altered, or moved from another attribute)
     */
    public AttributeValue open(String attributeName, AttributeValue stored) {
        EncryptionContext context = new EncryptionContext(modelName, attributeName);
        Map<String, AttributeValue> envelope = envelope(attributeName, stored);
        byte[] edk = binary(envelope, "edk", attributeName);
        byte[] nonce = binary(envelope, "nonce", attributeName);
        byte[] sealed = binary(envelope, "ct", attributeName);
        if (nonce.length != KeyProvider.NONCE_BYTES || sealed.length < TAG_BITS / 8) {
            throw invalid(attributeName, "its nonce or ciphertext has the wrong length", null);
        }
        byte[] dataKey;
        try {
            dataKey = keys.decryptDataKey(edk, context);
        } catch (InvalidEncryptedEnvelopeException e) {
            throw invalid(attributeName, "the key provider cannot decrypt its data key: " + e.getMessage(), e);
        } catch (TableTheoryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KeyProviderException(modelName, "Model " + modelName + " attribute '" + attributeName
                    + "': the key provider failed to decrypt the data key (" + e.getClass().getSimpleName() + ")", e);
        }
        if (dataKey.length != DataKey.KEY_BYTES) {
            throw invalid(attributeName, "its data key is not 32 bytes", null);
        }
        byte[] plaintext;
        try {
            plaintext = cipher(Cipher.DECRYPT_MODE, dataKey, nonce, attributeName).doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw invalid(attributeName, "it fails authentication: the ciphertext was altered, copied from another"
                    + " attribute, or sealed under another key", null);
        } catch (GeneralSecurityException e) {
            throw invalid(attributeName, "AES-GCM decryption failed (" + e.getClass().getSimpleName() + ")", null);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
        try {
            return AvJson.decode(plaintext);
        } catch (IllegalArgumentException e) {
            throw invalid(attributeName, e.getMessage(), null);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private Map<String, AttributeValue> envelope(String attributeName, AttributeValue stored) {
        if (stored.type() != AttributeValue.Type.M) {
            throw invalid(attributeName, "the stored value is a " + typeName(stored) + ", not an envelope map"
                    + " {v, edk, nonce, ct}; it was written without encryption or altered", null);
        }
        Map<String, AttributeValue> envelope = stored.m();
        AttributeValue version = envelope.get("v");
        if (version == null || version.type() != AttributeValue.Type.N || !VERSION.equals(version.n())) {
            throw invalid(attributeName, "its envelope version 'v' is missing or not 1", null);
        }
        return envelope;
    }

    private byte[] binary(Map<String, AttributeValue> envelope, String field, String attributeName) {
        AttributeValue value = envelope.get(field);
        if (value == null || value.type() != AttributeValue.Type.B) {
            throw invalid(attributeName, "its envelope has no binary '" + field + "'", null);
        }
        byte[] bytes = value.b().asByteArray();
        if (bytes.length == 0 && !field.equals("ct")) {
            throw invalid(attributeName, "its envelope's '" + field + "' is empty", null);
        }
        return bytes;
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String attributeName)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(attributeName));
        return cipher;
    }

    private <R> R provide(Supplier<R> call, String attributeName, String what) {
        try {
            return call.get();
        } catch (TableTheoryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KeyProviderException(modelName, "Model " + modelName + " attribute '" + attributeName
                    + "': the key provider failed to " + what + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private InvalidEncryptedEnvelopeException invalid(String attributeName, String reason,
            @Nullable Throwable cause) {
        return new InvalidEncryptedEnvelopeException(modelName, "Model " + modelName + " attribute '" + attributeName
                + "': cannot decrypt the stored value, " + reason + ". Check that the key provider is configured"
                + " with the key the item was written with", cause);
    }

    private static String typeName(AttributeValue value) {
        return value.type() == AttributeValue.Type.NUL ? "NULL" : String.valueOf(value.type());
    }
}
