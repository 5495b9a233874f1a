package com.theorycloud.tabletheory.spring.data.core.convert;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 *
 * <p>The accessors and the canonical constructor of each id record are looked up once, when the converter is built,
 * as method handles; converting an id calls those handles, not {@code java.lang.reflect}.
 */
public final class CompositeIdConverter implements GenericConverter {

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);
    private static final MethodType CREATE = MethodType.methodType(Object.class, Object.class, Object.class);

    private final ConversionService components;
    private final Set<ConvertiblePair> pairs = new HashSet<>();
    private final Map<Class<?>, IdRecord> idRecords = new HashMap<>();

    /**
     * One id record's compiled members: its two component accessors and its canonical constructor, each adapted to
     * {@code Object} so {@code invokeExact} needs no per-call type adaptation.
     */
    private record IdRecord(Class<?> partitionType, Class<?> sortType, MethodHandle partition, MethodHandle sort,
            MethodHandle create) {

        static IdRecord of(Class<?> type) {
            RecordComponent[] parts = type.getRecordComponents();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(parts)
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                parts[0].getAccessor().setAccessible(true);
                parts[1].getAccessor().setAccessible(true);
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                return new IdRecord(parts[0].getType(), parts[1].getType(),
                        lookup.unreflect(parts[0].getAccessor()).asType(READ),
                        lookup.unreflect(parts[1].getAccessor()).asType(READ),
                        lookup.unreflectConstructor(constructor).asType(CREATE));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("Cannot use " + type.getName() + " as an id record: its accessors or "
                        + "canonical constructor are not accessible (" + e.getMessage() + "); make the record public "
                        + "or open its package to this module", e);
            }
        }
    }

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
            this.idRecords.put(type, IdRecord.of(type));
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
        IdRecord id = idRecord(source.getClass());
        Object partition;
        Object sort;
        try {
            partition = (Object) id.partition().invokeExact(source);
            sort = (Object) id.sort().invokeExact(source);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalArgumentException("Cannot read id " + source + ": " + e.getMessage(), e);
        }
        return format(Objects.requireNonNull(partition, "partition part of the id"), sort);
    }

    private IdRecord idRecord(Class<?> type) {
        IdRecord id = idRecords.get(type);
        if (id == null) {
            throw new IllegalArgumentException(type.getName() + " is not an id record of this converter; pass it to "
                    + "new CompositeIdConverter(conversionService, " + type.getSimpleName() + ".class)");
        }
        return id;
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
        IdRecord id = idRecord(target);
        Object partitionValue = components.convert(partition, id.partitionType());
        Object sortValue = components.convert(sort, id.sortType());
        try {
            return (Object) id.create().invokeExact(partitionValue, sortValue);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalArgumentException("Cannot create " + target.getName() + " from '" + text + "': "
                    + e.getMessage(), e);
        }
    }
}
