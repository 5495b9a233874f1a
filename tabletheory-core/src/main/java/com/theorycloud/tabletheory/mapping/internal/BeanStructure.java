package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.internal.PropertyBlueprint;
import com.theorycloud.tabletheory.model.internal.StructureBlueprint;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
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

    /**
     * One compiled property. Its accessors are spun on the structure's first use ({@link BeanStructure#link()});
     * until then the fields holding them are unset.
     */
    static final class Property {
        final String name;
        final String property;
        final AttributeSchema schema;
        final Class<?> valueClass;
        final AttributeConverter<Object> converter;
        final boolean optional;
        final int position;
        final Kind kind;
        private final Member getterMember;
        private final @Nullable Member setterMember;
        Function<Object, Object> getter = Property::unlinked;
        @Nullable BiConsumer<Object, Object> setter;
        @Nullable ToLongFunction<Object> longGetter;
        @Nullable ToDoubleFunction<Object> doubleGetter;
        @Nullable Predicate<Object> booleanGetter;

        /** Checks that the accessors can be built, without building them yet. */
        Property(PropertyBlueprint blueprint, Class<?> valueClass, @Nullable Member setterMember)
                throws ReflectiveOperationException {
            this.name = blueprint.attributeName();
            this.property = blueprint.property();
            this.schema = blueprint.schema();
            this.valueClass = valueClass;
            this.converter = blueprint.converter();
            this.optional = blueprint.optional();
            this.position = blueprint.position();
            this.kind = kind(blueprint);
            this.getterMember = blueprint.getter() != null ? blueprint.getter()
                    : Objects.requireNonNull(blueprint.field());
            this.setterMember = setterMember;
            Accessors.checkGetter(getterMember);
            if (setterMember != null) {
                Accessors.checkSetter(setterMember);
            }
        }

        /** Spins the accessors; called once, under the structure's lock. */
        private void link() throws ReflectiveOperationException {
            getter = getterMember instanceof Method method ? Accessors.getter(method)
                    : Accessors.getter((Field) getterMember);
            if (setterMember != null) {
                setter = setterMember instanceof Method method ? Accessors.setter(method)
                        : Accessors.setter((Field) setterMember);
            }
            longGetter = kind == Kind.LONG ? Accessors.longGetter(getterMember) : null;
            doubleGetter = kind == Kind.DOUBLE ? Accessors.doubleGetter(getterMember) : null;
            booleanGetter = kind == Kind.BOOLEAN ? Accessors.booleanGetter(getterMember) : null;
        }

        private static Object unlinked(Object target) {
            throw new IllegalStateException("accessors not linked yet");
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
    private final Class<?> type;
    private final Property[] properties;
    private final Map<String, Property> byName;
    private final int capacity;
    private final boolean omitEmptyInside;
    private final Constructor<?> constructor;
    private final Object @Nullable [] recordDefaults;
    private Accessors.@Nullable RecordFactory recordFactory;
    private @Nullable Supplier<Object> classFactory;
    /** Whether the accessors are spun; written under the lock after them, read before every use. */
    private volatile boolean linked;

    private BeanStructure(String model, Class<?> type, Property[] properties, boolean omitEmptyInside,
            Constructor<?> constructor, Object @Nullable [] recordDefaults) {
        this.model = model;
        this.type = type;
        this.properties = properties;
        this.omitEmptyInside = omitEmptyInside;
        this.constructor = constructor;
        this.recordDefaults = recordDefaults;
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
                Member setter = null;
                if (!blueprint.record()) {
                    setter = p.setter() != null ? p.setter() : Objects.requireNonNull(p.field());
                }
                properties[i] = new Property(p, boxed(p.valueClass()), setter);
            }
            Accessors.checkConstructor(blueprint.constructor());
        } catch (ReflectiveOperationException e) {
            throw inaccessible(blueprint.name(), blueprint.type(), e);
        }
        Object[] defaults = null;
        if (blueprint.record()) {
            Class<?>[] parameterTypes = blueprint.constructor().getParameterTypes();
            defaults = new Object[parameterTypes.length];
            for (int i = 0; i < parameterTypes.length; i++) {
                defaults[i] = defaultValue(parameterTypes[i]);
            }
        }
        return new BeanStructure(blueprint.name(), blueprint.type(), properties, omitEmptyInside,
                blueprint.constructor(), defaults);
    }

    /**
     * Spins the accessors of every property and the factory, on the first encode or decode rather than when the
     * model is compiled: spinning one lambda class per accessor is most of compiling a model (a Spring Boot
     * application with 20 models spun about 160 at startup, see docs/benchmarks.md, section 5), while compiling
     * already checked that each member is accessible, so a model that cannot be accessed still fails then.
     */
    private synchronized void link() {
        if (linked) {
            return;
        }
        try {
            for (Property property : properties) {
                property.link();
            }
            if (recordDefaults != null) {
                recordFactory = Accessors.recordFactory(constructor);
            } else {
                classFactory = Accessors.constructor(constructor);
            }
        } catch (ReflectiveOperationException e) {
            throw inaccessible(model, type, e);
        }
        linked = true;
    }

    private static InvalidModelException inaccessible(String model, Class<?> type, ReflectiveOperationException e) {
        return new InvalidModelException(model, "cannot access the properties of " + type.getName() + ": "
                + e.getMessage() + "; if it lives in a named module, open its package to TableTheory", e);
    }

    /** Encodes an object, leaving null and absent optional properties out. */
    Map<String, AttributeValue> encode(Object item) {
        if (!linked) {
            link();
        }
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
        if (!linked) {
            link();
        }
        Accessors.RecordFactory recordFactory = this.recordFactory;
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
