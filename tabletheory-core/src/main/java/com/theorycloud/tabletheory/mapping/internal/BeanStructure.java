package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.internal.PropertyBlueprint;
import com.theorycloud.tabletheory.model.internal.StructureBlueprint;
import java.lang.reflect.Array;
import java.lang.reflect.Member;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The compiled mapping of one record or class to a DynamoDB map: a flat array of properties, each with its attribute
 * name, accessor and converter, walked in order on every call. Built once per type.
 */
final class BeanStructure {

    /** How a property is read on encode: unboxed for primitives and plain strings, else through its converter. */
    private enum Kind { OBJECT, STRING, LONG, DOUBLE, BOOLEAN }

    /** One compiled property. */
    static final class Property {
        final String name;
        final String property;
        final AttributeSchema schema;
        final Class<?> valueClass;
        final AttributeConverter<Object> converter;
        final Function<Object, Object> getter;
        final @Nullable BiConsumer<Object, Object> setter;
        final boolean optional;
        final int position;
        final Kind kind;
        final @Nullable ToLongFunction<Object> longGetter;
        final @Nullable ToDoubleFunction<Object> doubleGetter;
        final @Nullable Predicate<Object> booleanGetter;

        Property(PropertyBlueprint blueprint, Class<?> valueClass, Function<Object, Object> getter,
                @Nullable BiConsumer<Object, Object> setter) throws ReflectiveOperationException {
            this.name = blueprint.attributeName();
            this.property = blueprint.property();
            this.schema = blueprint.schema();
            this.valueClass = valueClass;
            this.converter = blueprint.converter();
            this.getter = getter;
            this.setter = setter;
            this.optional = blueprint.optional();
            this.position = blueprint.position();
            this.kind = kind(blueprint);
            Member member = blueprint.getter() != null ? blueprint.getter() : Objects.requireNonNull(blueprint.field());
            this.longGetter = kind == Kind.LONG ? Accessors.longGetter(member) : null;
            this.doubleGetter = kind == Kind.DOUBLE ? Accessors.doubleGetter(member) : null;
            this.booleanGetter = kind == Kind.BOOLEAN ? Accessors.booleanGetter(member) : null;
        }

        private static Kind kind(PropertyBlueprint blueprint) {
            Class<?> type = blueprint.javaType();
            // Only the built-in conversions are inlined; a custom or registered converter always gets the value.
            if (blueprint.optional() || blueprint.converter() != (Object) ScalarConverters.forClass(type)) {
                return Kind.OBJECT;
            }
            if (type == String.class) {
                return Kind.STRING;
            }
            if (type == long.class || type == int.class || type == short.class || type == byte.class) {
                return Kind.LONG;
            }
            if (type == double.class) {
                return Kind.DOUBLE;
            }
            return type == boolean.class ? Kind.BOOLEAN : Kind.OBJECT;
        }
    }

    private final String model;
    private final Property[] properties;
    private final Map<String, Property> byName;
    private final int capacity;
    private final boolean omitEmptyInside;
    private final Accessors.@Nullable RecordFactory recordFactory;
    private final Object @Nullable [] recordDefaults;
    private final @Nullable Supplier<Object> classFactory;

    private BeanStructure(String model, Property[] properties, boolean omitEmptyInside,
            Accessors.@Nullable RecordFactory recordFactory, Object @Nullable [] recordDefaults,
            @Nullable Supplier<Object> classFactory) {
        this.model = model;
        this.properties = properties;
        this.omitEmptyInside = omitEmptyInside;
        this.recordFactory = recordFactory;
        this.recordDefaults = recordDefaults;
        this.classFactory = classFactory;
        this.capacity = Capacity.forSize(properties.length);
        this.byName = new HashMap<>(Capacity.forSize(properties.length));
        for (Property property : properties) {
            byName.put(property.name, property);
        }
    }

    /**
     * Compiles a blueprint.
     *
     * @param omitEmptyInside whether {@code @OmitEmpty} is applied here (nested types); for models the engine
     *                        applies it on the encoded item instead
     */
    static BeanStructure compile(StructureBlueprint blueprint, boolean omitEmptyInside) {
        List<PropertyBlueprint> blueprints = blueprint.properties();
        Property[] properties = new Property[blueprints.size()];
        try {
            for (int i = 0; i < properties.length; i++) {
                PropertyBlueprint p = blueprints.get(i);
                Function<Object, Object> getter = p.getter() != null ? Accessors.getter(p.getter())
                        : Accessors.getter(Objects.requireNonNull(p.field()));
                BiConsumer<Object, Object> setter = null;
                if (!blueprint.record()) {
                    setter = p.setter() != null ? Accessors.setter(p.setter())
                            : Accessors.setter(Objects.requireNonNull(p.field()));
                }
                Class<?> valueClass = boxed(p.valueClass());
                properties[i] = new Property(p, valueClass, getter, setter);
            }
            if (blueprint.record()) {
                Class<?>[] parameterTypes = blueprint.constructor().getParameterTypes();
                Object[] defaults = new Object[parameterTypes.length];
                for (int i = 0; i < parameterTypes.length; i++) {
                    defaults[i] = defaultValue(parameterTypes[i]);
                }
                return new BeanStructure(blueprint.name(), properties, omitEmptyInside,
                        Accessors.recordFactory(blueprint.constructor()), defaults, null);
            }
            return new BeanStructure(blueprint.name(), properties, omitEmptyInside, null, null,
                    Accessors.constructor(blueprint.constructor()));
        } catch (ReflectiveOperationException e) {
            throw new InvalidModelException(blueprint.name(), "cannot access the properties of "
                    + blueprint.type().getName() + ": " + e.getMessage()
                    + "; if it lives in a named module, open its package to TableTheory", e);
        }
    }

    /** Encodes an object, leaving null and absent optional properties out. */
    Map<String, AttributeValue> encode(Object item) {
        Map<String, AttributeValue> out = new HashMap<>(capacity);
        for (Property property : properties) {
            AttributeValue stored;
            switch (property.kind) {
                case LONG -> stored = AttributeValue.fromN(
                        Long.toString(Objects.requireNonNull(property.longGetter).applyAsLong(item)));
                case DOUBLE -> stored = writeDouble(property,
                        Objects.requireNonNull(property.doubleGetter).applyAsDouble(item));
                case BOOLEAN -> stored = AttributeValue.fromBool(
                        Objects.requireNonNull(property.booleanGetter).test(item));
                case STRING -> {
                    Object text = property.getter.apply(item);
                    if (text == null) {
                        continue;
                    }
                    stored = AttributeValue.fromS((String) text);
                }
                default -> {
                    Object value = property.getter.apply(item);
                    if (value == null) {
                        continue;
                    }
                    if (property.optional) {
                        value = ((Optional<?>) value).orElse(null);
                        if (value == null) {
                            continue;
                        }
                    }
                    stored = write(property, value);
                }
            }
            if (omitEmptyInside && property.schema.omitEmpty() && EmptyValues.isEmpty(stored)) {
                continue;
            }
            out.put(property.name, stored);
        }
        return out;
    }

    private AttributeValue writeDouble(Property property, double value) {
        try {
            return AttributeValue.fromN(ScalarConverters.formatDouble(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(model, "cannot store " + model + "." + property.property + " as N: "
                    + e.getMessage(), e);
        }
    }

    /** Decodes a possibly partial item; missing attributes take their type's default. */
    Object decode(Map<String, AttributeValue> item) {
        if (recordFactory != null) {
            Object[] components = Objects.requireNonNull(recordDefaults).clone();
            for (Property property : properties) {
                AttributeValue stored = item.get(property.name);
                if (stored != null && !Boolean.TRUE.equals(stored.nul())) {
                    Object value = read(property, stored);
                    components[property.position] = property.optional ? Optional.ofNullable(value) : value;
                }
            }
            try {
                return recordFactory.create(components);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                // Usually a compact constructor rejecting a value a projection or an old item left out.
                throw new InvalidValueException(model, "the constructor of " + model + " rejected the stored item: "
                        + e + "; allow missing (null) values or read the attributes it needs", e);
            }
        }
        Object target = Objects.requireNonNull(classFactory).get();
        for (Property property : properties) {
            AttributeValue stored = item.get(property.name);
            BiConsumer<Object, Object> setter = Objects.requireNonNull(property.setter);
            if (stored != null && !Boolean.TRUE.equals(stored.nul())) {
                Object value = read(property, stored);
                setter.accept(target, property.optional ? Optional.ofNullable(value) : value);
            } else if (property.optional) {
                setter.accept(target, Optional.empty());
            }
        }
        return target;
    }

    /** The compiled property stored under an attribute name, or {@code null}. */
    @Nullable Property property(String attributeName) {
        return byName.get(attributeName);
    }

    String model() {
        return model;
    }

    AttributeValue write(Property property, Object value) {
        try {
            return property.converter.write(value);
        } catch (InvalidValueException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidValueException(model, "cannot store " + model + "." + property.property + " as "
                    + property.schema.type() + ": " + e.getMessage(), e);
        }
    }

    private Object read(Property property, AttributeValue stored) {
        try {
            return property.converter.read(stored);
        } catch (InvalidValueException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidValueException(model, "cannot read attribute '" + property.name + "' into " + model
                    + "." + property.property + ": " + e.getMessage(), e);
        }
    }

    private static @Nullable Object defaultValue(Class<?> type) {
        if (type == Optional.class) {
            return Optional.empty();
        }
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0).getClass() : type;
    }
}
