package com.theorycloud.tabletheory.mapping.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Turns reflective members into plain functional objects once, on the first use of a compiled model (compiling it
 * only checks access, with the {@code check} methods), so reading and writing properties costs an interface call
 * instead of reflection. Getters, setters and no-argument constructors become
 * {@link LambdaMetafactory} lambdas (as fast as hand-written code once inlined); where a lambda cannot be spun (for
 * example a class in a module that does not open its package) a method handle does the same job.
 */
final class Accessors {

    /** Creates a record from its component values in declaration order. */
    interface RecordFactory {
        Object create(Object[] components) throws Throwable;
    }

    private Accessors() {
    }

    /** Fails as {@link #getter(Method)} or {@link #getter(Field)} would when the member cannot be accessed. */
    static void checkGetter(Member member) throws ReflectiveOperationException {
        handle(member);
    }

    /** Fails as {@link #setter(Method)} or {@link #setter(Field)} would when the member cannot be accessed. */
    static void checkSetter(Member member) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = lookup(member.getDeclaringClass());
        if (member instanceof Method method) {
            lookup.unreflect(method);
        } else {
            lookup.unreflectSetter((Field) member);
        }
    }

    /** Fails as {@link #constructor} or {@link #recordFactory} would when the constructor cannot be accessed. */
    static void checkConstructor(Constructor<?> constructor) throws ReflectiveOperationException {
        lookup(constructor.getDeclaringClass()).unreflectConstructor(constructor);
    }

    @SuppressWarnings("unchecked")
    static Function<Object, Object> getter(Method method) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = lookup(method.getDeclaringClass());
        MethodHandle handle = lookup.unreflect(method);
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(box(method.getReturnType()), method.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable lambdaUnavailable) {
            return getter(handle.asType(MethodType.methodType(Object.class, Object.class)));
        }
    }

    /**
     * A getter for an {@code int}, {@code long}, {@code short} or {@code byte} property that returns the value
     * without boxing it.
     */
    @SuppressWarnings("unchecked")
    static ToLongFunction<Object> longGetter(Member member) throws ReflectiveOperationException {
        MethodHandle handle = handle(member);
        if (member instanceof Method method) {
            try {
                CallSite site = LambdaMetafactory.metafactory(lookup(method.getDeclaringClass()), "applyAsLong",
                        MethodType.methodType(ToLongFunction.class), MethodType.methodType(long.class, Object.class),
                        handle, MethodType.methodType(long.class, method.getDeclaringClass()));
                return (ToLongFunction<Object>) site.getTarget().invoke();
            } catch (Throwable lambdaUnavailable) {
                // fall through to the method handle
            }
        }
        MethodHandle generic = handle.asType(MethodType.methodType(long.class, Object.class));
        return target -> {
            try {
                return (long) generic.invokeExact(target);
            } catch (Throwable e) {
                throw propagate(e);
            }
        };
    }

    /** A getter for a {@code double} property that returns the value without boxing it. */
    @SuppressWarnings("unchecked")
    static ToDoubleFunction<Object> doubleGetter(Member member) throws ReflectiveOperationException {
        MethodHandle handle = handle(member);
        if (member instanceof Method method) {
            try {
                CallSite site = LambdaMetafactory.metafactory(lookup(method.getDeclaringClass()), "applyAsDouble",
                        MethodType.methodType(ToDoubleFunction.class),
                        MethodType.methodType(double.class, Object.class), handle,
                        MethodType.methodType(double.class, method.getDeclaringClass()));
                return (ToDoubleFunction<Object>) site.getTarget().invoke();
            } catch (Throwable lambdaUnavailable) {
                // fall through to the method handle
            }
        }
        MethodHandle generic = handle.asType(MethodType.methodType(double.class, Object.class));
        return target -> {
            try {
                return (double) generic.invokeExact(target);
            } catch (Throwable e) {
                throw propagate(e);
            }
        };
    }

    /** A getter for a {@code boolean} property that returns the value without boxing it. */
    @SuppressWarnings("unchecked")
    static Predicate<Object> booleanGetter(Member member) throws ReflectiveOperationException {
        MethodHandle handle = handle(member);
        if (member instanceof Method method) {
            try {
                CallSite site = LambdaMetafactory.metafactory(lookup(method.getDeclaringClass()), "test",
                        MethodType.methodType(Predicate.class), MethodType.methodType(boolean.class, Object.class),
                        handle, MethodType.methodType(boolean.class, method.getDeclaringClass()));
                return (Predicate<Object>) site.getTarget().invoke();
            } catch (Throwable lambdaUnavailable) {
                // fall through to the method handle
            }
        }
        MethodHandle generic = handle.asType(MethodType.methodType(boolean.class, Object.class));
        return target -> {
            try {
                return (boolean) generic.invokeExact(target);
            } catch (Throwable e) {
                throw propagate(e);
            }
        };
    }

    private static MethodHandle handle(Member member) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = lookup(member.getDeclaringClass());
        return member instanceof Method method ? lookup.unreflect(method) : lookup.unreflectGetter((Field) member);
    }

    static Function<Object, Object> getter(Field field) throws ReflectiveOperationException {
        return getter(lookup(field.getDeclaringClass()).unreflectGetter(field)
                .asType(MethodType.methodType(Object.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    static BiConsumer<Object, Object> setter(Method method) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = lookup(method.getDeclaringClass());
        MethodHandle handle = lookup.unreflect(method);
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "accept", MethodType.methodType(BiConsumer.class),
                    MethodType.methodType(void.class, Object.class, Object.class), handle,
                    MethodType.methodType(void.class, method.getDeclaringClass(),
                            box(method.getParameterTypes()[0])));
            return (BiConsumer<Object, Object>) site.getTarget().invoke();
        } catch (Throwable lambdaUnavailable) {
            return setter(handle.asType(MethodType.methodType(void.class, Object.class, Object.class)));
        }
    }

    static BiConsumer<Object, Object> setter(Field field) throws ReflectiveOperationException {
        return setter(lookup(field.getDeclaringClass()).unreflectSetter(field)
                .asType(MethodType.methodType(void.class, Object.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    static Supplier<Object> constructor(Constructor<?> constructor) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = lookup(constructor.getDeclaringClass());
        MethodHandle handle = lookup.unreflectConstructor(constructor);
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
                    MethodType.methodType(Object.class), handle,
                    MethodType.methodType(constructor.getDeclaringClass()));
            return (Supplier<Object>) site.getTarget().invoke();
        } catch (Throwable lambdaUnavailable) {
            MethodHandle generic = handle.asType(MethodType.methodType(Object.class));
            return () -> {
                try {
                    return (Object) generic.invokeExact();
                } catch (Throwable e) {
                    throw propagate(e);
                }
            };
        }
    }

    static RecordFactory recordFactory(Constructor<?> canonical) throws ReflectiveOperationException {
        int arity = canonical.getParameterCount();
        MethodHandle spread = lookup(canonical.getDeclaringClass()).unreflectConstructor(canonical)
                .asSpreader(Object[].class, arity)
                .asType(MethodType.methodType(Object.class, Object[].class));
        return components -> (Object) spread.invokeExact(components);
    }

    private static MethodHandles.Lookup lookup(Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException | SecurityException closed) {
            // A module that does not open the package (the JDK's own collections, for one): public members only.
            return MethodHandles.lookup();
        }
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    /** Wraps a handle of type {@code (Object)Object}. */
    private static Function<Object, Object> getter(MethodHandle handle) {
        return target -> {
            try {
                return (Object) handle.invokeExact(target);
            } catch (Throwable e) {
                throw propagate(e);
            }
        };
    }

    /** Wraps a handle of type {@code (Object,Object)void}. */
    private static BiConsumer<Object, Object> setter(MethodHandle handle) {
        return (target, value) -> {
            try {
                handle.invokeExact(target, value);
            } catch (Throwable e) {
                throw propagate(e);
            }
        };
    }

    private static RuntimeException propagate(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
