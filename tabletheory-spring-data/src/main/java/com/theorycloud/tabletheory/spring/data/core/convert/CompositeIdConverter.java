package com.theorycloud.tabletheory.spring.data.core.convert;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import com.theorycloud.tabletheory.Key;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Converts composite ids to and from one URL-safe string, {@code partition,sort} with each part URL-encoded (so a
 * comma inside a value survives): {@link Key} and the id records of repositories (e.g. {@code OrderId(customerId,
 * orderId)}), whose components are converted from text by the given conversion service. Register it where ids come
 * from URLs you build yourself (e.g. MVC path variables); Spring Data REST needs nothing: its item URLs use
 * {@code TableTheoryBackendIdConverter}, set up by the Spring Boot auto-configuration.
 */
public final class CompositeIdConverter implements GenericConverter {

    private final ConversionService components;
    private final Set<ConvertiblePair> pairs = new HashSet<>();

    /**
     * A converter for {@link Key} and the given id records.
     *
     * @param components converts each id part from and to text (e.g. {@code DefaultConversionService})
     * @param idRecords  two-component records used as repository ids, partition key component first
     */
    public CompositeIdConverter(ConversionService components, Class<?>... idRecords) {
        this.components = components;
        pairs.add(new ConvertiblePair(String.class, Key.class));
        pairs.add(new ConvertiblePair(Key.class, String.class));
        for (Class<?> type : idRecords) {
            if (!type.isRecord() || type.getRecordComponents().length != 2) {
                throw new IllegalArgumentException(type.getName() + " is not a record of a partition and a sort key");
            }
            pairs.add(new ConvertiblePair(String.class, type));
            pairs.add(new ConvertiblePair(type, String.class));
        }
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.copyOf(pairs);
    }

    @Override
    public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        if (source instanceof String text) {
            return parse(text, targetType.getType());
        }
        if (source instanceof Key key) {
            return format(key.partition(), key.sort());
        }
        RecordComponent[] parts = source.getClass().getRecordComponents();
        try {
            return format(parts[0].getAccessor().invoke(source), parts[1].getAccessor().invoke(source));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot read id " + source + ": " + e.getMessage(), e);
        }
    }

    private String format(Object partition, @Nullable Object sort) {
        String first = encode(partition);
        return sort == null ? first : first + "," + encode(sort);
    }

    private String encode(Object part) {
        String text = Objects.requireNonNull(components.convert(part, String.class), "id part");
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Object parse(String text, Class<?> target) {
        String[] parts = text.split(",", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("Id '" + text + "' is not 'partition' or 'partition,sort'");
        }
        String partition = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        String sort = parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        if (target == Key.class) {
            return sort == null ? Key.of(partition) : Key.of(partition, sort);
        }
        if (sort == null) {
            throw new IllegalArgumentException("Id '" + text + "' of " + target.getSimpleName()
                    + " needs 'partition,sort'");
        }
        RecordComponent[] components = target.getRecordComponents();
        try {
            Constructor<?> constructor = target.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(this.components.convert(partition, components[0].getType()),
                    this.components.convert(sort, components[1].getType()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot create " + target.getName() + " from '" + text + "': "
                    + e.getMessage(), e);
        }
    }
}
