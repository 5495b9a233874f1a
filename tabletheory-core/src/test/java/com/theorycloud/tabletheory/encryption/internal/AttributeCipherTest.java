package com.theorycloud.tabletheory.encryption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.encryption.DataKey;
import com.theorycloud.tabletheory.encryption.DeterministicKeyProvider;
import com.theorycloud.tabletheory.encryption.EncryptionContext;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.KeyProviderException;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AttributeCipherTest {

    /** The envelope of contract scenarios p0/13 and interop/02, identical in every runtime. */
    private static final String EDK = "XONOrWSZhjrF/MJWtfYCHo3ZYuo06RpuWg58Zzp/0fA=";
    private static final String NONCE = "9XnmH4+kMtNp9ww0";
    private static final String CT = "87D9/CLvoSycrYqbnc14gtwxznqdQGswoY3be4pyvHAOA2H0wiyK6vQ=";

    private static AttributeCipher contractCipher() {
        return new AttributeCipher("EncryptedRecord",
                DeterministicKeyProvider.fromSeed(DeterministicKeyProvider.CONTRACT_SEED));
    }

    private static String b64(AttributeValue envelope, String field) {
        return Base64.getEncoder().encodeToString(envelope.m().get(field).b().asByteArray());
    }

    private static AttributeValue envelope(String edk, String nonce, String ct) {
        return AttributeValue.fromM(Map.of("v", AttributeValue.fromN("1"),
                "edk", AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(edk))),
                "nonce", AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(nonce))),
                "ct", AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(ct)))));
    }

    @Test
    void sealsTheContractsDeterministicEnvelopeByteForByte() {
        AttributeValue sealed = contractCipher().seal("secret", AttributeValue.fromS("swordfish"));

        assertThat(sealed.m()).containsOnlyKeys("v", "edk", "nonce", "ct");
        assertThat(sealed.m().get("v")).isEqualTo(AttributeValue.fromN("1"));
        assertThat(b64(sealed, "edk")).isEqualTo(EDK);
        assertThat(b64(sealed, "nonce")).isEqualTo(NONCE);
        assertThat(b64(sealed, "ct")).isEqualTo(CT);
    }

    @Test
    void continuesTheDeterministicSequenceAsTheGoRunnerDoes() {
        AttributeCipher cipher = contractCipher();
        cipher.seal("secret", AttributeValue.fromS("swordfish"));

        // Second value: counter 3 for the key, the nonce from the rest of the first nonce block.
        AttributeValue second = cipher.seal("secret", AttributeValue.fromS("second"));
        assertThat(b64(second, "edk")).isEqualTo("w2Wr0nJdUwh5P16kM2wz3SIz9/KdutL7YyTNnojWS4Y=");
        assertThat(b64(second, "nonce")).isEqualTo("C6ACWyMJsGTYh5JG");
        assertThat(b64(second, "ct")).isEqualTo("j5/fSrc5JNm4Qgn43AIsNNAFMHDDThCeRwnysUFpIKlcWJz6FXc=");

        // Third value: 8 bytes left in the block, so a new nonce block (counter 5) is appended.
        AttributeValue third = cipher.seal("secret", AttributeValue.fromS("third"));
        assertThat(b64(third, "edk")).isEqualTo("tkaqoYDlLNxp9oqbwYX9HRKYyJQZytltGrpQWBgfpTg=");
        assertThat(b64(third, "nonce")).isEqualTo("iPVXqF2hO9Mt+dg3");
    }

    @Test
    void opensTheEnvelopeTheGoRuntimeWrote() {
        assertThat(contractCipher().open("secret", envelope(EDK, NONCE, CT)))
                .isEqualTo(AttributeValue.fromS("swordfish"));
    }

    @Test
    void roundTripsEveryAttributeType() {
        AttributeCipher cipher = new AttributeCipher("Model", LocalKeyProvider.random());
        Map<String, AttributeValue> nested = new HashMap<>();
        nested.put("inner", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromNul(true))));
        for (AttributeValue value : List.of(AttributeValue.fromS("text"), AttributeValue.fromS(""),
                AttributeValue.fromN("123.456"), AttributeValue.fromB(SdkBytes.fromUtf8String("bin")),
                AttributeValue.fromBool(true), AttributeValue.fromNul(true), AttributeValue.fromSs(List.of("a", "b")),
                AttributeValue.fromNs(List.of("1", "2")), AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("c"))),
                AttributeValue.fromL(List.of(AttributeValue.fromN("1"))), AttributeValue.fromM(nested))) {
            AttributeValue sealed = cipher.seal("field", value);
            assertThat(sealed.type()).isEqualTo(AttributeValue.Type.M);
            assertThat(cipher.open("field", sealed)).isEqualTo(value);
        }
    }

    @Test
    void rejectsTamperedCiphertextWithoutRevealingThePlaintext() {
        AttributeCipher cipher = new AttributeCipher("Model", LocalKeyProvider.random());
        AttributeValue sealed = cipher.seal("secret", AttributeValue.fromS("swordfish"));
        byte[] ct = sealed.m().get("ct").b().asByteArray();
        ct[0] ^= 1;
        Map<String, AttributeValue> tampered = new HashMap<>(sealed.m());
        tampered.put("ct", AttributeValue.fromB(SdkBytes.fromByteArray(ct)));

        assertThatThrownBy(() -> cipher.open("secret", AttributeValue.fromM(tampered)))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class)
                .hasMessageContaining("Model").hasMessageContaining("'secret'").hasMessageContaining("authentication")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("swordfish"));
    }

    @Test
    void rejectsAnEnvelopeCopiedToAnotherAttribute() {
        AttributeCipher cipher = new AttributeCipher("Model", LocalKeyProvider.random());
        AttributeValue sealed = cipher.seal("secretA", AttributeValue.fromS("swordfish"));

        assertThatThrownBy(() -> cipher.open("secretB", sealed)).isInstanceOf(InvalidEncryptedEnvelopeException.class)
                .hasMessageContaining("'secretB'");
    }

    @Test
    void rejectsAValueSealedUnderAnotherKey() {
        AttributeValue sealed = new AttributeCipher("Model", LocalKeyProvider.random())
                .seal("secret", AttributeValue.fromS("swordfish"));
        AttributeCipher other = new AttributeCipher("Model", LocalKeyProvider.random());

        assertThatThrownBy(() -> other.open("secret", sealed)).isInstanceOf(InvalidEncryptedEnvelopeException.class)
                .hasMessageContaining("another key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("swordfish"));
    }

    @Test
    void rejectsAWrongDeterministicSeed() {
        AttributeCipher other = new AttributeCipher("EncryptedRecord", DeterministicKeyProvider.fromSeed("other"));

        assertThatThrownBy(() -> other.open("secret", envelope(EDK, NONCE, CT)))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class);
    }

    @Test
    void rejectsValuesThatAreNotWellFormedEnvelopes() {
        AttributeCipher cipher = contractCipher();
        AttributeValue good = envelope(EDK, NONCE, CT);
        List<AttributeValue> bad = List.of(
                AttributeValue.fromS("swordfish"),
                AttributeValue.fromNul(true),
                without(good, "v"),
                with(good, "v", AttributeValue.fromN("2")),
                with(good, "v", AttributeValue.fromS("1")),
                without(good, "edk"),
                with(good, "edk", AttributeValue.fromS(EDK)),
                without(good, "nonce"),
                with(good, "nonce", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[8]))),
                without(good, "ct"),
                with(good, "ct", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[4]))));
        for (AttributeValue value : bad) {
            assertThatThrownBy(() -> cipher.open("secret", value))
                    .isInstanceOf(InvalidEncryptedEnvelopeException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("swordfish"));
        }
    }

    @Test
    void reportsKeyServiceFailuresAsKeyProviderErrors() {
        AttributeCipher cipher = new AttributeCipher("Model", new KeyProvider() {
            @Override
            public DataKey generateDataKey(EncryptionContext context) {
                throw new IllegalStateException("service down");
            }

            @Override
            public byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context) {
                throw new IllegalStateException("service down");
            }
        });

        assertThatThrownBy(() -> cipher.seal("secret", AttributeValue.fromS("swordfish")))
                .isInstanceOf(KeyProviderException.class).hasMessageContaining("'secret'");
        assertThatThrownBy(() -> cipher.open("secret", envelope(EDK, NONCE, CT)))
                .isInstanceOf(KeyProviderException.class).hasMessageContaining("'secret'");
    }

    private static AttributeValue without(AttributeValue envelope, String field) {
        Map<String, AttributeValue> copy = new HashMap<>(envelope.m());
        copy.remove(field);
        return AttributeValue.fromM(copy);
    }

    private static AttributeValue with(AttributeValue envelope, String field, AttributeValue value) {
        Map<String, AttributeValue> copy = new HashMap<>(envelope.m());
        copy.put(field, value);
        return AttributeValue.fromM(copy);
    }
}
