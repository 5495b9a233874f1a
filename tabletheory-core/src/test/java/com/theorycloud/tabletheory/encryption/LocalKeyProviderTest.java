package com.theorycloud.tabletheory.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LocalKeyProviderTest {

    private static final EncryptionContext CONTEXT = new EncryptionContext("Model", "secret");

    @Test
    void unwrapsTheDataKeysItGenerates() {
        LocalKeyProvider keys = LocalKeyProvider.of(new byte[32]);
        DataKey key = keys.generateDataKey(CONTEXT);

        assertThat(key.plaintextKey()).hasSize(32);
        assertThat(key.encryptedKey()).hasSize(12 + 32 + 16).isNotEqualTo(key.plaintextKey());
        assertThat(LocalKeyProvider.of(new byte[32]).decryptDataKey(key.encryptedKey(), CONTEXT))
                .isEqualTo(key.plaintextKey());
    }

    @Test
    void generatesAFreshDataKeyEachTime() {
        LocalKeyProvider keys = LocalKeyProvider.random();

        assertThat(keys.generateDataKey(CONTEXT)).isNotEqualTo(keys.generateDataKey(CONTEXT));
    }

    @Test
    void refusesDataKeysOfAnotherKey() {
        DataKey key = LocalKeyProvider.random().generateDataKey(CONTEXT);

        assertThatThrownBy(() -> LocalKeyProvider.random().decryptDataKey(key.encryptedKey(), CONTEXT))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class).hasMessageContaining("another key");
        assertThatThrownBy(() -> LocalKeyProvider.random().decryptDataKey(new byte[5], CONTEXT))
                .isInstanceOf(InvalidEncryptedEnvelopeException.class);
    }

    @Test
    void readsAKeyFromBase64ConfigurationWithoutQuotingIt() {
        byte[] raw = new byte[32];
        raw[0] = 7;
        LocalKeyProvider keys = LocalKeyProvider.fromBase64(Base64.getEncoder().encodeToString(raw) + "\n");
        DataKey key = keys.generateDataKey(CONTEXT);
        assertThat(LocalKeyProvider.of(raw).decryptDataKey(key.encryptedKey(), CONTEXT)).isEqualTo(key.plaintextKey());

        assertThatThrownBy(() -> LocalKeyProvider.fromBase64("hunter2!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openssl rand -base64 32")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThatThrownBy(() -> LocalKeyProvider.fromBase64("c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThat(keys.toString()).doesNotContain(Base64.getEncoder().encodeToString(raw));
    }
}
