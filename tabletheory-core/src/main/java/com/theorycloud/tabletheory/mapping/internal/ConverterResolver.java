package com.theorycloud.tabletheory.mapping.internal;

import static com.theorycloud.tabletheory.model.internal.GenericTypes.rawClass;
import static com.theorycloud.tabletheory.model.internal.GenericTypes.typeArgument;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.internal.PropertyFlags;
import com.theorycloud.tabletheory.model.internal.ResolvedConverter;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the converter, DynamoDB type and format for a Java type, once, when a model is compiled. This is the one
 * place that decides how each Java type is stored.
 */
public final class ConverterResolver {

    private ConverterResolver() {
    }

    /**
     * Resolves the converter for a property.
     *
     * @param type     the property's value type (with any {@code Optional} already unwrapped)
     * @param flags    what the property's annotations ask for
     * @param naming   the enclosing model's naming convention, inherited by nested types
     * @param model    the model name, for error messages
     * @param property the property name, for error messages
     * @throws InvalidModelException when the type cannot be stored
     */
    public static ResolvedConverter resolve(Type type, PropertyFlags flags, NamingConvention naming, String model,
            String property) {
        Class<?> raw = rawClass(type);
        if (flags.converter() != null) {
            AttributeConverter<Object> converter = cast(flags.converter());
            return new ResolvedConverter(converter, converter.storedType(), AttributeFormat.NONE);
        }
        if (flags.json()) {
            if (raw.isPrimitive() || raw.isArray() || raw.isEnum() || Collection.class.isAssignableFrom(raw)
                    || CharSequence.class.isAssignableFrom(raw) || Number.class.isAssignableFrom(raw)
                    || raw == Boolean.class) {
                throw new InvalidModelException(model, "@Json on " + model + "." + property + " stores a JSON object"
                        + " as M, but " + type.getTypeName() + " is not an object: use @Json on a record, class or Map,"
                        + " or remove it");
            }
            return new ResolvedConverter(new JsonConverter(ConverterRegistry.jsonMapper(), type), DynamoType.M,
                    AttributeFormat.NONE);
        }
        if (flags.ttl()) {
            return ttl(raw, model, property);
        }
        if (flags.binary()) {
            return binary(raw, model, property);
        }
        if (raw == Object.class) {
            throw unsupported(type, model, property, "an untyped property has no single stored type");
        }
        if (flags.set()) {
            if (!Collection.class.isAssignableFrom(raw)) {
                throw new InvalidModelException(model, "@DynamoSet on " + model + "." + property
                        + " needs a collection type, but the property is " + type.getTypeName()
                        + ": remove @DynamoSet or declare a List/Set of strings, numbers or byte arrays");
            }
            return collection(type, raw, true, naming, model, property);
        }
        return value(type, naming, model, property);
    }

    private static ResolvedConverter value(Type type, NamingConvention naming, String model, String property) {
        Class<?> raw = rawClass(type);
        if (raw == Object.class) {
            return new ResolvedConverter(DynamicConverter.INSTANCE, DynamoType.NULL, AttributeFormat.NONE);
        }
        AttributeConverter<?> registered = ConverterRegistry.lookup(raw);
        if (registered != null) {
            return new ResolvedConverter(cast(registered), registered.storedType(), AttributeFormat.NONE);
        }
        AttributeConverter<?> scalar = ScalarConverters.forClass(raw);
        if (scalar != null) {
            return new ResolvedConverter(cast(scalar), scalar.storedType(), scalarFormat(raw));
        }
        if (raw.isEnum()) {
            return new ResolvedConverter(cast(new EnumConverter(raw)), DynamoType.S, AttributeFormat.NONE);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return collection(type, raw, false, naming, model, property);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type keyType = typeArgument(type, Map.class, 0);
            if (rawClass(keyType) != String.class) {
                throw unsupported(type, model, property, "map keys must be String");
            }
            ResolvedConverter values = value(typeArgument(type, Map.class, 1), naming, model, property);
            return new ResolvedConverter(cast(new MapConverter(values.converter(), mapFactory(type, raw, model,
                    property))), DynamoType.M, AttributeFormat.NONE);
        }
        if (isStructure(raw)) {
            try {
                NestedStructures.validate(raw, naming);
            } catch (InvalidModelException e) {
                throw new InvalidModelException(model, model + "." + property + " holds " + raw.getName()
                        + ", which cannot be mapped as a nested map: " + e.getMessage(), e);
            }
            return new ResolvedConverter(new NestedConverter(raw, naming), DynamoType.M, AttributeFormat.NONE);
        }
        throw unsupported(type, model, property, null);
    }

    private static ResolvedConverter collection(Type type, Class<?> raw, boolean asSet, NamingConvention naming,
            String model, String property) {
        if (!raw.isInterface() && Modifier.isAbstract(raw.getModifiers())) {
            throw unsupported(type, model, property, "declare the property as List, Set or Collection");
        }
        Type elementType = typeArgument(type, Collection.class, 0);
        ResolvedConverter elements = value(elementType, naming, model, property);
        boolean declaredSet = Set.class.isAssignableFrom(raw);
        IntFunction<Collection<Object>> factory = factory(type, raw, model, property);
        DynamoType setType = SetConverter.setTypeOf(elements.type());
        if ((asSet || declaredSet) && setType != null) {
            return new ResolvedConverter(cast(new SetConverter(setType, elements.converter(), factory)), setType,
                    AttributeFormat.NONE);
        }
        if (asSet) {
            throw new InvalidModelException(model, "@DynamoSet on " + model + "." + property + " needs elements stored"
                    + " as strings, numbers or binary, but " + elementType.getTypeName() + " is stored as "
                    + elements.type() + ": remove @DynamoSet to store a list");
        }
        return new ResolvedConverter(cast(new ListConverter(elements.converter(), factory)), DynamoType.L,
                AttributeFormat.NONE);
    }

    private static IntFunction<Collection<Object>> factory(Type type, Class<?> raw, String model, String property) {
        if (raw.isInterface()) {
            if (raw.isAssignableFrom(ArrayList.class)) {
                return ArrayList::new;
            }
            if (raw.isAssignableFrom(LinkedHashSet.class)) {
                return LinkedHashSet::new;
            }
            if (raw.isAssignableFrom(TreeSet.class)) {
                return size -> new TreeSet<>();
            }
            if (raw.isAssignableFrom(ArrayDeque.class)) {
                return ArrayDeque::new;
            }
            throw unsupported(type, model, property, "declare the property as List, Set, SortedSet or Collection");
        }
        Supplier<Object> constructor;
        try {
            constructor = Accessors.constructor(raw.getDeclaredConstructor());
        } catch (ReflectiveOperationException e) {
            throw unsupported(type, model, property,
                    raw.getSimpleName() + " has no accessible no-argument constructor");
        }
        return size -> collection(constructor.get());
    }

    private static IntFunction<Map<String, Object>> mapFactory(Type type, Class<?> raw, String model,
            String property) {
        if (raw.isInterface()) {
            if (raw.isAssignableFrom(LinkedHashMap.class)) {
                return size -> new LinkedHashMap<>(Capacity.forSize(size));
            }
            if (raw.isAssignableFrom(TreeMap.class)) {
                return size -> new TreeMap<>();
            }
            throw unsupported(type, model, property, "declare the property as Map or SortedMap");
        }
        if (Modifier.isAbstract(raw.getModifiers())) {
            throw unsupported(type, model, property, "declare the property as Map or SortedMap");
        }
        Supplier<Object> constructor;
        try {
            constructor = Accessors.constructor(raw.getDeclaredConstructor());
        } catch (ReflectiveOperationException e) {
            throw unsupported(type, model, property,
                    raw.getSimpleName() + " has no accessible no-argument constructor");
        }
        return size -> map(constructor.get());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object created) {
        return (Map<String, Object>) created;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> collection(Object created) {
        return (Collection<Object>) created;
    }

    private static ResolvedConverter ttl(Class<?> raw, String model, String property) {
        AttributeConverter<?> converter;
        if (raw == Instant.class) {
            converter = ScalarConverters.EPOCH_SECONDS_INSTANT;
        } else if (raw == OffsetDateTime.class) {
            converter = ScalarConverters.EPOCH_SECONDS_OFFSET;
        } else if (raw == ZonedDateTime.class) {
            converter = ScalarConverters.EPOCH_SECONDS_ZONED;
        } else if (raw == long.class || raw == Long.class) {
            converter = ScalarConverters.forClass(raw);
        } else {
            throw new InvalidModelException(model, "@Ttl on " + model + "." + property + " needs a time (Instant,"
                    + " OffsetDateTime, ZonedDateTime) or epoch seconds (long/Long), but the property is "
                    + raw.getName() + ": change its type or remove @Ttl");
        }
        return new ResolvedConverter(cast(converter), DynamoType.N, AttributeFormat.UNIX_SECONDS);
    }

    private static ResolvedConverter binary(Class<?> raw, String model, String property) {
        if (raw == byte[].class || raw == ByteBuffer.class) {
            return new ResolvedConverter(cast(ScalarConverters.forClass(raw)), DynamoType.B, AttributeFormat.NONE);
        }
        if (raw == String.class) {
            return new ResolvedConverter(cast(ScalarConverters.UTF8_BINARY), DynamoType.B, AttributeFormat.NONE);
        }
        throw new InvalidModelException(model, "@Binary on " + model + "." + property + " needs byte[], ByteBuffer or"
                + " String, but the property is " + raw.getName() + ": use @Convert with a converter storing B");
    }

    /**
     * Timestamps are {@code rfc3339nano} strings like the lifecycle attributes; {@code BigDecimal} and
     * {@code BigInteger} are {@code decimal_string} numbers, the DMS format for exact values (the contract's
     * number-precision model), while the fixed-width primitives and boxes carry no format, like {@code amount} in the
     * contract's order model.
     */
    private static AttributeFormat scalarFormat(Class<?> raw) {
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return AttributeFormat.RFC3339NANO;
        }
        if (raw == BigDecimal.class || raw == BigInteger.class) {
            return AttributeFormat.DECIMAL_STRING;
        }
        return AttributeFormat.NONE;
    }

    /** Whether a class is mapped property by property as a nested map: a record or a concrete non-JDK class. */
    static boolean isStructure(Class<?> raw) {
        if (raw.isRecord()) {
            return true;
        }
        return !raw.isPrimitive() && !raw.isArray() && !raw.isInterface() && !raw.isEnum()
                && !Modifier.isAbstract(raw.getModifiers()) && !raw.getName().startsWith("java.")
                && !raw.getName().startsWith("javax.");
    }

    private static InvalidModelException unsupported(Type type, String model, String property,
            @Nullable String reason) {
        return new InvalidModelException(model, "no converter for " + model + "." + property + " of type "
                + type.getTypeName() + (reason == null ? "" : " (" + reason + ")")
                + ": annotate it with @Convert(YourConverter.class) or @Json, or register a converter with"
                + " ItemCodecs.registerConverter");
    }

    @SuppressWarnings("unchecked")
    private static AttributeConverter<Object> cast(AttributeConverter<?> converter) {
        return (AttributeConverter<Object>) converter;
    }
}
