package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Process-wide converter settings: converters registered by type and the Jackson mapper used for {@code @Json}.
 * Models read them when they are first compiled, so settings must be in place before a model is first used.
 */
public final class ConverterRegistry {

    private static final Map<Class<?>, AttributeConverter<?>> CONVERTERS = new ConcurrentHashMap<>();
    private static volatile @Nullable ObjectMapper jsonMapper;

    private ConverterRegistry() {
    }

    /** Registers a converter used for every property of exactly this type. */
    public static <T> void register(Class<T> type, AttributeConverter<? super T> converter) {
        CONVERTERS.put(type, converter);
    }

    /** The registered converter for a type, or {@code null}. */
    public static @Nullable AttributeConverter<?> lookup(Class<?> type) {
        return CONVERTERS.get(type);
    }

    /** Replaces the Jackson mapper used for {@code @Json} properties. */
    public static void useJsonMapper(ObjectMapper mapper) {
        jsonMapper = mapper;
    }

    /** The Jackson mapper used for {@code @Json} properties. */
    public static ObjectMapper jsonMapper() {
        ObjectMapper mapper = jsonMapper;
        return mapper != null ? mapper : DefaultJsonMapper.INSTANCE;
    }

    /**
     * Built on first use only: Jackson's classes are a third of what a model without {@code @Json} would otherwise
     * load at startup (see docs/benchmarks.md, cold start).
     */
    private static final class DefaultJsonMapper {
        // Decimals become BigDecimal so untyped JSON documents keep DynamoDB's exact numbers when read and saved again.
        static final ObjectMapper INSTANCE = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
