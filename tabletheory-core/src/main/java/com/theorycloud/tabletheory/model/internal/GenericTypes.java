package com.theorycloud.tabletheory.model.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import org.jspecify.annotations.Nullable;

/**
 * Reads generic types: the class of a type and the type argument a type binds to a supertype's parameter. Used while
 * a model's structure is read and while its properties' converters are chosen.
 */
public final class GenericTypes {

    private GenericTypes() {
    }

    /** The class of a type, resolving wildcards and type variables to their first bound. */
    public static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return rawClass(v.getBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            return rawClass(a.getGenericComponentType()).arrayType();
        }
        return Object.class;
    }

    /** The type argument of a generic type for a supertype's type parameter, or {@code Object} when raw. */
    public static Type typeArgument(Type type, Class<?> supertype, int index) {
        Type found = findArgument(type, supertype, index);
        if (found instanceof WildcardType w) {
            found = w.getUpperBounds()[0];
        }
        return found == null ? Object.class : found;
    }

    private static @Nullable Type findArgument(Type type, Class<?> supertype, int index) {
        Class<?> raw = rawClass(type);
        if (raw == supertype) {
            return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : null;
        }
        // Walk declared supertypes; good enough for List<E>/Set<E>/Map<K,V> and simple subclasses.
        for (Type parent : raw.getGenericInterfaces()) {
            Type found = findArgument(substitute(parent, type), supertype, index);
            if (found != null) {
                return found;
            }
        }
        Type parent = raw.getGenericSuperclass();
        return parent == null ? null : findArgument(substitute(parent, type), supertype, index);
    }

    private static Type substitute(Type parent, Type child) {
        if (!(parent instanceof ParameterizedType pp) || !(child instanceof ParameterizedType cp)) {
            return parent;
        }
        TypeVariable<?>[] variables = ((Class<?>) cp.getRawType()).getTypeParameters();
        Type[] arguments = pp.getActualTypeArguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            for (int v = 0; v < variables.length; v++) {
                if (arguments[i].equals(variables[v])) {
                    arguments[i] = cp.getActualTypeArguments()[v];
                }
            }
        }
        Type[] resolved = arguments;
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return resolved.clone();
            }

            @Override
            public Type getRawType() {
                return pp.getRawType();
            }

            @Override
            public Type getOwnerType() {
                return pp.getOwnerType();
            }
        };
    }
}
