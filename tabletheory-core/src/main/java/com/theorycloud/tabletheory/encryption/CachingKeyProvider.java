package com.theorycloud.tabletheory.encryption;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Bounds the calls to another key provider (typically {@link AwsKmsKeyProvider}) with a cache of data keys limited in
 * size and age. Decrypted data keys are kept per stored key, so reading many items sealed with the same data key
 * costs one decrypt; a generated data key is reused for up to {@code maxReuse} values of the same attribute within
 * {@code maxAge}, and remembered for decryption too. Envelopes stay readable by every runtime: each one still carries
 * its encrypted data key. Thread-safe.
 *
 * <p>The trade-off: plaintext data keys live in memory for up to {@code maxAge}, and one data key seals up to
 * {@code maxReuse} values (each with its own random nonce). Set {@code maxReuse(1)} for a fresh data key per value.
 */
public final class CachingKeyProvider implements KeyProvider {

    private final KeyProvider delegate;
    private final long maxAgeNanos;
    private final int maxEntries;
    private final long maxReuse;
    private final LongSupplier ticker;
    private final Map<CacheKey, Entry> decrypted;
    private final Map<EncryptionContext, Entry> current;

    private CachingKeyProvider(Builder builder) {
        this.delegate = builder.delegate;
        this.maxAgeNanos = builder.maxAge.toNanos();
        this.maxEntries = builder.maxEntries;
        this.maxReuse = builder.maxReuse;
        this.ticker = builder.ticker;
        this.decrypted = lru(maxEntries);
        this.current = lru(maxEntries);
    }

    /** Starts configuring a cache in front of {@code delegate}. */
    public static Builder builder(KeyProvider delegate) {
        return new Builder(Objects.requireNonNull(delegate, "delegate"));
    }

    @Override
    public DataKey generateDataKey(EncryptionContext context) {
        long now = ticker.getAsLong();
        synchronized (this) {
            Entry entry = current.get(context);
            if (entry != null && fresh(entry, now) && entry.uses < maxReuse) {
                entry.uses++;
                return entry.key;
            }
        }
        DataKey key = delegate.generateDataKey(context);
        synchronized (this) {
            Entry entry = new Entry(key, now);
            entry.uses = 1;
            current.put(context, entry);
            decrypted.put(new CacheKey(ByteBuffer.wrap(key.encryptedKey()), context), new Entry(key, now));
        }
        return key;
    }

    @Override
    public byte[] decryptDataKey(byte[] encryptedKey, EncryptionContext context) {
        CacheKey cacheKey = new CacheKey(ByteBuffer.wrap(encryptedKey.clone()), context);
        long now = ticker.getAsLong();
        synchronized (this) {
            Entry entry = decrypted.get(cacheKey);
            if (entry != null && fresh(entry, now)) {
                return entry.key.plaintextKey();
            }
        }
        byte[] plaintext = delegate.decryptDataKey(encryptedKey, context);
        synchronized (this) {
            decrypted.put(cacheKey, new Entry(DataKey.of(plaintext, encryptedKey), now));
        }
        return plaintext;
    }

    @Override
    public byte[] nonce(EncryptionContext context) {
        return delegate.nonce(context);
    }

    /** How many decrypted data keys the cache holds now; for tests and metrics. */
    public synchronized int size() {
        return decrypted.size();
    }

    /** Forgets every cached data key, e.g. after a key rotation. */
    public synchronized void clear() {
        decrypted.clear();
        current.clear();
    }

    private boolean fresh(Entry entry, long now) {
        return now - entry.created < maxAgeNanos;
    }

    private static <K> Map<K, Entry> lru(int maxEntries) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public String toString() {
        return "CachingKeyProvider[" + delegate + "]";
    }

    private record CacheKey(ByteBuffer encryptedKey, EncryptionContext context) {
    }

    private static final class Entry {
        private final DataKey key;
        private final long created;
        private long uses;

        private Entry(DataKey key, long created) {
            this.key = key;
            this.created = created;
        }
    }

    /** Configures a {@link CachingKeyProvider}. */
    public static final class Builder {
        private final KeyProvider delegate;
        private Duration maxAge = Duration.ofMinutes(5);
        private int maxEntries = 1000;
        private long maxReuse = 1000;
        private LongSupplier ticker = System::nanoTime;

        private Builder(KeyProvider delegate) {
            this.delegate = delegate;
        }

        /** How long a data key stays cached; 5 minutes by default. */
        public Builder maxAge(Duration maxAge) {
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("maxAge must be positive");
            }
            this.maxAge = maxAge;
            return this;
        }

        /** How many data keys are cached at most (least recently used go first); 1000 by default. */
        public Builder maxEntries(int maxEntries) {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1");
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /** How many values one generated data key seals at most; 1000 by default, 1 for a key per value. */
        public Builder maxReuse(long maxReuse) {
            if (maxReuse < 1) {
                throw new IllegalArgumentException("maxReuse must be at least 1");
            }
            this.maxReuse = maxReuse;
            return this;
        }

        /** The nanosecond clock ages are measured with; for tests. */
        Builder ticker(LongSupplier ticker) {
            this.ticker = ticker;
            return this;
        }

        /** Builds the cache. */
        public CachingKeyProvider build() {
            return new CachingKeyProvider(this);
        }
    }
}
