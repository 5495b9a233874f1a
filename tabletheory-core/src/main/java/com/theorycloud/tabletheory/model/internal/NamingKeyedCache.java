package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.model.NamingConvention;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Values computed once per model class and default naming convention: the read models and the compiled codecs.
 * A {@link ClassValue} keeps entries with their class, so redeployed class loaders are not pinned; a failed
 * computation is not cached and fails again on the next call.
 *
 * @param <V> the cached value
 */
public final class NamingKeyedCache<V> {

    private final BiFunction<Class<?>, NamingConvention, V> compute;
    private final ClassValue<Map<NamingConvention, V>> values = new ClassValue<>() {
        @Override
        protected Map<NamingConvention, V> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>(2);
        }
    };

    /**
     * A cache computing missing values with the given function.
     *
     * @param compute the value of a class under a default naming convention
     */
    public NamingKeyedCache(BiFunction<Class<?>, NamingConvention, V> compute) {
        this.compute = compute;
    }

    /**
     * The value of a class under a default naming convention, computed on first use.
     *
     * @param type          the model class
     * @param defaultNaming the convention for classes that declare none
     * @return the value; the first one stored when two threads computed it at once
     */
    public V get(Class<?> type, NamingConvention defaultNaming) {
        Map<NamingConvention, V> byNaming = values.get(type);
        V value = byNaming.get(defaultNaming);
        if (value == null) {
            // Not computeIfAbsent: computing a value reads nested structures, which may consult a cache like this.
            value = compute.apply(type, defaultNaming);
            V raced = byNaming.putIfAbsent(defaultNaming, value);
            if (raced != null) {
                value = raced;
            }
        }
        return value;
    }
}
