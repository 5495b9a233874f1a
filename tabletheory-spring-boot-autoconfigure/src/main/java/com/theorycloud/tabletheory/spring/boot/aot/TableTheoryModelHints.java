package com.theorycloud.tabletheory.spring.boot.aot;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Set;

import com.theorycloud.tabletheory.annotation.Convert;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;

/**
 * Registers what the TableTheory codec reflects on at startup for the given model classes: their constructors,
 * accessors and fields, those of the records and classes nested in them, and the converters named by
 * {@link Convert}. The Spring Boot auto-configuration calls it for the models it finds when an application is built
 * ahead of time; call it from a {@code RuntimeHintsRegistrar} for models built by hand.
 */
public final class TableTheoryModelHints {

    private static final MemberCategory[] MODEL = { MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
            MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS };

    private TableTheoryModelHints() {
    }

    /** Registers the hints of every model class and what it contains. */
    public static void register(RuntimeHints hints, Iterable<Class<?>> modelClasses) {
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> modelClass : modelClasses) {
            registerType(hints, modelClass, seen);
        }
    }

    private static void registerType(RuntimeHints hints, Class<?> type, Set<Class<?>> seen) {
        if (!isApplicationType(type) || !seen.add(type)) {
            return;
        }
        hints.reflection().registerType(type, MODEL);
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                registerConverter(hints, component);
                registerGeneric(hints, component.getGenericType(), seen);
            }
        }
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            if (current != type) {
                registerType(hints, current, seen);
            }
            for (Field field : current.getDeclaredFields()) {
                registerConverter(hints, field);
                registerGeneric(hints, field.getGenericType(), seen);
            }
            for (Method method : current.getDeclaredMethods()) {
                registerConverter(hints, method);
            }
        }
    }

    private static void registerConverter(RuntimeHints hints, AnnotatedElement element) {
        Convert convert = element.getAnnotation(Convert.class);
        if (convert != null) {
            hints.reflection().registerType(convert.value(), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
                    MemberCategory.INVOKE_DECLARED_METHODS);
        }
    }

    private static void registerGeneric(RuntimeHints hints, Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> raw) {
            registerType(hints, raw.isArray() ? raw.getComponentType() : raw, seen);
        }
        else if (type instanceof ParameterizedType parameterized) {
            registerGeneric(hints, parameterized.getRawType(), seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                registerGeneric(hints, argument, seen);
            }
        }
        else if (type instanceof GenericArrayType array) {
            registerGeneric(hints, array.getGenericComponentType(), seen);
        }
        else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                registerGeneric(hints, bound, seen);
            }
        }
    }

    /** JDK and primitive types are stored by built-in converters, which need no hints. */
    private static boolean isApplicationType(Class<?> type) {
        if (type.isPrimitive() || type.isArray()) {
            return false;
        }
        String name = type.getName();
        return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun."));
    }
}
