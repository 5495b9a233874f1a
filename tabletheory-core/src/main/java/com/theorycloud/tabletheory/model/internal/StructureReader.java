package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.Binary;
import com.theorycloud.tabletheory.annotation.Convert;
import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.DynamoSet;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.Ignore;
import com.theorycloud.tabletheory.annotation.Json;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.Ttl;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the mapped properties of a record or class from its annotations, checking each property's annotations
 * against its type. Used for models and for nested types alike.
 */
public final class StructureReader {

    private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);
    private static final Set<Class<?>> VERSION_TYPES = Set.of(int.class, long.class, Integer.class, Long.class);

    private StructureReader() {
    }

    /**
     * Reads a record or class.
     *
     * @param type   the Java type
     * @param name   the model name (for messages)
     * @param naming how property names become attribute names
     * @param converters chooses each property's converter
     * @throws InvalidModelException when the type or one of its properties cannot be mapped
     */
    public static StructureBlueprint read(Class<?> type, String name, NamingConvention naming,
            PropertyConverters converters) {
        if (type.isInterface() || (!type.isRecord() && Modifier.isAbstract(type.getModifiers()))) {
            throw new InvalidModelException(name, name + " (" + type.getName() + ") is abstract or an interface:"
                    + " map a concrete record or class");
        }
        List<PropertyBlueprint> properties = new ArrayList<>();
        Constructor<?> constructor;
        Scope scope = new Scope(name, naming, converters, !anyAnnotated(type, CreatedAt.class),
                !anyAnnotated(type, UpdatedAt.class));
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                parameterTypes[i] = component.getType();
                Method accessor = component.getAccessor();
                if (accessor == null || accessor.getParameterCount() != 0
                        || accessor.getReturnType() != component.getType()) {
                    throw new InvalidModelException(name, "record " + type.getName() + " has no canonical accessor"
                            + " for component '" + component.getName() + "': declare " + component.getName() + "()"
                            + " returning " + component.getType().getSimpleName());
                }
                PropertyBlueprint property = property(scope, component, component.getName(),
                        component.getType(), component.getGenericType(), accessor, null, null, i);
                if (property != null) {
                    properties.add(property);
                }
            }
            try {
                constructor = type.getDeclaredConstructor(parameterTypes);
            } catch (NoSuchMethodException e) {
                throw new InvalidModelException(name, "record " + type.getName() + " has no canonical constructor",
                        e);
            }
        } else {
            try {
                constructor = type.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new InvalidModelException(name, "class " + type.getName() + " has no no-argument constructor:"
                        + " add one (it may be private) or make " + type.getSimpleName() + " a record", e);
            }
            for (Field field : fields(type)) {
                PropertyBlueprint property = property(scope, field, field.getName(), field.getType(),
                        field.getGenericType(), getter(type, field), setter(type, field), field, -1);
                if (property != null) {
                    if (property.setter() == null && Modifier.isFinal(field.getModifiers())) {
                        throw new InvalidModelException(name, "field " + type.getSimpleName() + "." + field.getName()
                                + " is final and has no setter: make it non-final, add a setter, or mark it @Ignore");
                    }
                    properties.add(property);
                }
            }
        }
        rejectDuplicateNames(name, properties);
        return new StructureBlueprint(type, name, type.isRecord(), constructor, properties);
    }

    private static @Nullable PropertyBlueprint property(Scope scope, AnnotatedElement element, String property, Class<?> declared, Type genericType, @Nullable Method getter,
            @Nullable Method setter, @Nullable Field field, int position) {
        if (element.isAnnotationPresent(Ignore.class)) {
            return null;
        }
        String model = scope.model();
        NamingConvention naming = scope.naming();
        String where = model + "." + property;
        Attribute explicit = element.getAnnotation(Attribute.class);
        String attributeName = explicit != null ? explicit.value() : naming.attributeName(property);
        if (attributeName.isBlank()) {
            throw new InvalidModelException(model, "@Attribute on " + where + " has an empty name: give a name or"
                    + " remove the annotation");
        }
        boolean optional = declared == Optional.class;
        Type valueType = optional ? GenericTypes.typeArgument(genericType, Optional.class, 0) : genericType;
        Class<?> valueClass = GenericTypes.rawClass(valueType);

        Set<AttributeRole> roles = EnumSet.noneOf(AttributeRole.class);
        role(element, PartitionKey.class, AttributeRole.PK, roles);
        role(element, SortKey.class, AttributeRole.SK, roles);
        role(element, Version.class, AttributeRole.VERSION, roles);
        role(element, CreatedAt.class, AttributeRole.CREATED_AT, roles);
        role(element, UpdatedAt.class, AttributeRole.UPDATED_AT, roles);
        role(element, Ttl.class, AttributeRole.TTL, roles);
        if (roles.size() > 1) {
            throw new InvalidModelException(model, where + " carries conflicting roles " + roleNames(roles)
                    + ": keep one of @PartitionKey, @SortKey, @Version, @CreatedAt, @UpdatedAt, @Ttl");
        }
        boolean json = element.isAnnotationPresent(Json.class);
        boolean set = element.isAnnotationPresent(DynamoSet.class);
        boolean binary = element.isAnnotationPresent(Binary.class);
        boolean encrypted = element.isAnnotationPresent(Encrypted.class);
        Convert convert = element.getAnnotation(Convert.class);
        int conversions = (json ? 1 : 0) + (set ? 1 : 0) + (binary ? 1 : 0) + (convert != null ? 1 : 0);
        if (conversions > 1) {
            throw new InvalidModelException(model, where + " combines more than one of @Json, @DynamoSet, @Binary"
                    + " and @Convert: keep one");
        }
        if (roles.isEmpty() && conversions == 0 && TIME_TYPES.contains(valueClass)) {
            // Like the Go runtime: a time property named createdAt/updatedAt is the lifecycle timestamp unless
            // another property is annotated as one.
            if (property.equalsIgnoreCase("createdAt") && scope.implicitCreatedAt()) {
                roles.add(AttributeRole.CREATED_AT);
            } else if (property.equalsIgnoreCase("updatedAt") && scope.implicitUpdatedAt()) {
                roles.add(AttributeRole.UPDATED_AT);
            }
        }
        checkRoleType(model, where, roles, valueClass, conversions > 0);

        AttributeConverter<?> custom = convert == null ? null : instantiate(model, where, convert.value());
        if (custom != null) {
            checkConverterType(model, where, custom, valueClass);
        }
        PropertyFlags flags = new PropertyFlags(set, json, binary, roles.contains(AttributeRole.TTL), custom);
        ResolvedConverter resolved = scope.converters().resolve(valueType, flags, naming, model, property);
        AttributeFormat format = roles.contains(AttributeRole.VERSION) ? AttributeFormat.INT : resolved.format();
        boolean key = roles.contains(AttributeRole.PK) || roles.contains(AttributeRole.SK);
        if (key && !resolved.type().isKeyType()) {
            throw new InvalidModelException(model, "key " + where + " is stored as " + resolved.type()
                    + ", but keys must be S, N or B: use a String, number or byte[] property");
        }
        if (key && encrypted) {
            throw new InvalidModelException(model, "key " + where + " is @Encrypted, but encrypted attributes cannot"
                    + " be keys: remove @Encrypted");
        }
        AttributeSchema schema = new AttributeSchema(attributeName, property, resolved.type(), format, roles, key,
                element.isAnnotationPresent(OmitEmpty.class), json, encrypted);
        return new PropertyBlueprint(schema, declared, valueClass, optional, resolved.converter(), getter, setter,
                field, position);
    }

    /** What every property of one type is read with. */
    private record Scope(String model, NamingConvention naming, PropertyConverters converters, boolean implicitCreatedAt,
            boolean implicitUpdatedAt) {
    }

    private static boolean anyAnnotated(Class<?> type, Class<? extends Annotation> annotation) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(annotation)) {
                    return true;
                }
            }
            return false;
        }
        for (Field field : fields(type)) {
            if (field.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static void checkRoleType(String model, String where, Set<AttributeRole> roles, Class<?> type,
            boolean customConversion) {
        boolean lifecycle = roles.contains(AttributeRole.VERSION) || roles.contains(AttributeRole.CREATED_AT)
                || roles.contains(AttributeRole.UPDATED_AT) || roles.contains(AttributeRole.TTL);
        if (lifecycle && customConversion) {
            throw new InvalidModelException(model, where + " is a " + roleNames(roles) + " attribute, which the"
                    + " engine stores in a fixed form: remove @Json, @DynamoSet, @Binary or @Convert");
        }
        if (roles.contains(AttributeRole.VERSION) && !VERSION_TYPES.contains(type)) {
            throw new InvalidModelException(model, "@Version on " + where + " needs int, long, Integer or Long, but"
                    + " the property is " + type.getName() + ": change its type");
        }
        for (AttributeRole timestamp : List.of(AttributeRole.CREATED_AT, AttributeRole.UPDATED_AT)) {
            if (roles.contains(timestamp) && !TIME_TYPES.contains(type)) {
                throw new InvalidModelException(model, "@" + annotationName(timestamp) + " on " + where + " needs"
                        + " Instant, OffsetDateTime or ZonedDateTime, but the property is " + type.getName()
                        + ": change its type");
            }
        }
    }

    private static void checkConverterType(String model, String where, AttributeConverter<?> converter,
            Class<?> valueClass) {
        Class<?> handled = GenericTypes.rawClass(
                GenericTypes.typeArgument(converter.getClass(), AttributeConverter.class, 0));
        if (!wrap(handled).isAssignableFrom(wrap(valueClass))) {
            throw new InvalidModelException(model, "converter " + converter.getClass().getName() + " on " + where
                    + " converts " + handled.getName() + ", but the property is " + valueClass.getName()
                    + ": use a converter for " + valueClass.getSimpleName());
        }
    }

    private static Class<?> wrap(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    private static String annotationName(AttributeRole role) {
        return role == AttributeRole.CREATED_AT ? "CreatedAt" : "UpdatedAt";
    }

    private static String roleNames(Set<AttributeRole> roles) {
        List<String> names = new ArrayList<>();
        roles.forEach(r -> names.add(r.dmsName()));
        return names.toString();
    }

    private static void role(AnnotatedElement element, Class<? extends Annotation> annotation, AttributeRole role,
            Set<AttributeRole> roles) {
        if (element.isAnnotationPresent(annotation)) {
            roles.add(role);
        }
    }

    private static AttributeConverter<?> instantiate(String model, String where, Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (AttributeConverter<?>) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new InvalidModelException(model, "converter " + type.getName() + " used by @Convert on " + where
                    + " has no no-argument constructor: add a public one", e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InvalidModelException(model, "converter " + type.getName() + " used by @Convert on " + where
                    + " could not be created: " + e, e);
        }
    }

    private static void rejectDuplicateNames(String model, List<PropertyBlueprint> properties) {
        Map<String, String> owners = new HashMap<>();
        for (PropertyBlueprint property : properties) {
            String previous = owners.putIfAbsent(property.attributeName(), property.property());
            if (previous != null) {
                throw new InvalidModelException(model, model + "." + previous + " and " + model + "."
                        + property.property() + " both map to attribute '" + property.attributeName()
                        + "': give one of them another name with @Attribute");
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static @Nullable Method getter(Class<?> type, Field field) {
        String suffix = capitalize(field.getName());
        for (String prefix : List.of("get", "is")) {
            try {
                Method method = type.getMethod(prefix + suffix);
                if (method.getReturnType() == field.getType() && !Modifier.isStatic(method.getModifiers())) {
                    return method;
                }
            } catch (NoSuchMethodException ignored) {
                // fall through to the next prefix, then to field access
            }
        }
        return null;
    }

    private static @Nullable Method setter(Class<?> type, Field field) {
        try {
            Method method = type.getMethod("set" + capitalize(field.getName()), field.getType());
            return Modifier.isStatic(method.getModifiers()) ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String capitalize(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
