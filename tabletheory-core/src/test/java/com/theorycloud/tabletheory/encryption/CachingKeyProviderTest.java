package com.theorycloud.tabletheory.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachingKeyProviderTest {

    private static final EncryptionContext SECRET = new EncryptionContext("Model", "secret");
    private static final EncryptionContext OTHER = new EncryptionContext("Model", "other");

    /** Counts the calls that reach the wrapped provider. */
    private static final class CountingProvider implements KeyProvider {
        private final LocalKeyProvider keys = LocalKeyProvider.random();
        private final AtomicInteger generated = new AtomicInteger();
        private final AtomicInteger decrypted = new AtomicInteger();

        @Override
        public DataKey generateDataKey(EncryptionContext context) {
            generated.incrementAndGet();
            return keys.generateDataKey(context);
        }

        @Override
        public byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context) {
            decrypted.incrementAndGet();
            return keys.decryptDataKey(encryptedKey, context);
        }
    }

    private final AtomicLong now = new AtomicLong();
    private final CountingProvider delegate = new CountingProvider();

    private CachingKeyProvider.Builder builder() {
        return CachingKeyProvider.builder(delegate).ticker(now::get);
    }

    @Test
    void reusesADataKeyUpToMaxReuse() {
        CachingKeyProvider cache = builder().maxReuse(3).build();

        DataKey first = cache.generateDataKey(SECRET);
        assertThat(cache.generateDataKey(SECRET)).isEqualTo(first);
        assertThat(cache.generateDataKey(SECRET)).isEqualTo(first);
        assertThat(cache.generateDataKey(SECRET)).isNotEqualTo(first);
        assertThat(delegate.generated).hasValue(2);
    }

    @Test
    void keepsDataKeysPerAttribute() {
        CachingKeyProvider cache = builder().build();

        assertThat(cache.generateDataKey(SECRET)).isNotEqualTo(cache.generateDataKey(OTHER));
        assertThat(delegate.generated).hasValue(2);
    }

    @Test
    void generatesAFreshDataKeyOnceMaxAgeHasPassed() {
        CachingKeyProvider cache = builder().maxAge(Duration.ofSeconds(10)).build();
        DataKey first = cache.generateDataKey(SECRET);

        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(cache.generateDataKey(SECRET)).isEqualTo(first);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.generateDataKey(SECRET)).isNotEqualTo(first);
    }

    @Test
    void decryptsEachStoredDataKeyOnceWhileFresh() {
        CachingKeyProvider cache = builder().maxAge(Duration.ofSeconds(10)).build();
        DataKey stored = delegate.keys.generateDataKey(SECRET);

        assertThat(cache.decryptDataKey(stored.encryptedKey(), SECRET)).isEqualTo(stored.plaintextKey());
        assertThat(cache.decryptDataKey(stored.encryptedKey(), SECRET)).isEqualTo(stored.plaintextKey());
        assertThat(delegate.decrypted).hasValue(1);

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(cache.decryptDataKey(stored.encryptedKey(), SECRET)).isEqualTo(stored.plaintextKey());
        assertThat(delegate.decrypted).hasValue(2);
    }

    @Test
    void remembersGeneratedKeysForDecryption() {
        CachingKeyProvider cache = builder().build();
        DataKey generated = cache.generateDataKey(SECRET);

        assertThat(cache.decryptDataKey(generated.encryptedKey(), SECRET)).isEqualTo(generated.plaintextKey());
        assertThat(delegate.decrypted).hasValue(0);
    }

    @Test
    void holdsAtMostMaxEntriesDataKeys() {
        CachingKeyProvider cache = builder().maxEntries(2).build();
        for (int i = 0; i < 5; i++) {
            DataKey stored = delegate.keys.generateDataKey(SECRET);
            cache.decryptDataKey(stored.encryptedKey(), SECRET);
        }

        assertThat(cache.size()).isEqualTo(2);
        cache.clear();
        assertThat(cache.size()).isZero();
    }
}
