package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.mapping.internal.BeanItemCodec;
import com.theorycloud.tabletheory.mapping.internal.ConverterRegistry;
import com.theorycloud.tabletheory.mapping.internal.ModelBlueprints;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.internal.NamingKeyedCache;
import tools.jackson.databind.ObjectMapper;

/**
 * Hands out the compiled {@link ItemCodec} of annotated model classes, one per class, and holds the process-wide
 * conversion settings (converters registered by type, the Jackson mapper for {@code @Json}). Configure settings at
 * startup, before a model is first used: models are compiled once and keep the settings they were compiled with.
 */
public final class ItemCodecs {

    private static final NamingKeyedCache<ItemCodec<?>> CODECS = new NamingKeyedCache<>(
            (type, naming) -> BeanItemCodec.compile(type, ModelBlueprints.of(type, naming)));

    private ItemCodecs() {
    }

    /**
     * The codec of an annotated model class, compiled on first use; a class that declares no naming convention uses
     * camelCase.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    public static <T> ItemCodec<T> forClass(Class<T> type) {
        return forClass(type, NamingConvention.CAMEL_CASE);
    }

    /**
     * The codec of an annotated model class, compiled on first use; {@code defaultNaming} applies when the class
     * declares no naming convention in its {@code @TableTheoryModel}. Codecs are cached per class and default.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the class is not a valid model
     */
    @SuppressWarnings("unchecked")
    public static <T> ItemCodec<T> forClass(Class<T> type, NamingConvention defaultNaming) {
        return (ItemCodec<T>) CODECS.get(type, defaultNaming);
    }

    /**
     * Registers a converter for every property of exactly the given type that has no {@code @Convert}, {@code @Json}
     * or other conversion annotation, in every model compiled afterwards.
     */
    public static <T> void registerConverter(Class<T> type, AttributeConverter<? super T> converter) {
        ConverterRegistry.register(type, converter);
    }

    /**
     * Uses the given Jackson mapper for {@code @Json} properties of models compiled afterwards. Enable
     * {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} on it (the default mapper does) if untyped documents
     * must keep exact decimals.
     */
    public static void useJsonMapper(ObjectMapper mapper) {
        ConverterRegistry.useJsonMapper(mapper);
    }
}
