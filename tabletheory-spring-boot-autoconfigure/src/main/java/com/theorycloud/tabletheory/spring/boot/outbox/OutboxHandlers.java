package com.theorycloud.tabletheory.spring.boot.outbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.theorycloud.tabletheory.outbox.OutboxDelivery;
import com.theorycloud.tabletheory.outbox.OutboxHandler;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The outbox handlers of an application context by operation: {@link OutboxHandler} beans marked with
 * {@link OutboxListener}, and {@link OutboxListener} methods of any bean. Collected once, when the relay is built.
 */
public final class OutboxHandlers {

    private final Map<String, OutboxHandler> byOperation;

    private OutboxHandlers(Map<String, OutboxHandler> byOperation) {
        this.byOperation = Collections.unmodifiableMap(byOperation);
    }

    /**
     * Finds the handlers among the beans of {@code beanFactory}.
     *
     * @param beanFactory the context's bean factory
     * @return the handlers by operation
     * @throws IllegalStateException when an {@link OutboxHandler} bean names no operation, an annotated method does
     *         not take one {@link OutboxDelivery}, or two handlers claim one operation
     */
    public static OutboxHandlers collect(ConfigurableListableBeanFactory beanFactory) {
        Map<String, OutboxHandler> handlers = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (String name : beanFactory.getBeanNamesForType(OutboxHandler.class)) {
            OutboxListener listener = beanFactory.findAnnotationOnBean(name, OutboxListener.class);
            if (listener == null) {
                throw new IllegalStateException("The OutboxHandler bean '" + name + "' does not say which operation"
                        + " it handles; annotate its class or @Bean method with @OutboxListener(\"operation\")");
            }
            add(handlers, origins, listener.value(), beanFactory.getBean(name, OutboxHandler.class), "bean '" + name
                    + "'");
        }
        for (String name : beanFactory.getBeanNamesForType(Object.class, false, false)) {
            Class<?> type = beanFactory.getType(name, false);
            if (type == null || OutboxHandler.class.isAssignableFrom(type)) {
                continue;
            }
            Class<?> userType = ClassUtils.getUserClass(type);
            Map<Method, OutboxListener> methods = MethodIntrospector.selectMethods(userType,
                    (MethodIntrospector.MetadataLookup<OutboxListener>) (method) -> isBeanMethod(method) ? null
                            : AnnotatedElementUtils.findMergedAnnotation(method, OutboxListener.class));
            if (methods.isEmpty()) {
                continue;
            }
            Object bean = beanFactory.getBean(name);
            methods.forEach((method, listener) -> add(handlers, origins, listener.value(), adapt(bean, method),
                    userType.getName() + "." + method.getName()));
        }
        return new OutboxHandlers(handlers);
    }

    /** A {@code @Bean} method's annotation marks the handler bean it makes, found with the bean above. */
    private static boolean isBeanMethod(Method method) {
        return AnnotatedElementUtils.hasAnnotation(method, Bean.class);
    }

    private static void add(Map<String, OutboxHandler> handlers, Map<String, String> origins, String operation,
            OutboxHandler handler, String origin) {
        if (operation.isBlank()) {
            throw new IllegalStateException("@OutboxListener on " + origin + " names a blank operation");
        }
        String previous = origins.putIfAbsent(operation, origin);
        if (previous != null) {
            throw new IllegalStateException("Two outbox handlers for operation '" + operation + "': " + previous
                    + " and " + origin + "; each operation has exactly one handler");
        }
        handlers.put(operation, handler);
    }

    private static OutboxHandler adapt(Object bean, Method method) {
        if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != OutboxDelivery.class) {
            throw new IllegalStateException("@OutboxListener method " + method.getDeclaringClass().getName() + "."
                    + method.getName() + " must take exactly one OutboxDelivery parameter");
        }
        Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        ReflectionUtils.makeAccessible(invocable);
        return (delivery) -> {
            try {
                invocable.invoke(bean, delivery);
            }
            catch (InvocationTargetException ex) {
                // The handler's own failure, so the relay records and retries it, not the reflection wrapper.
                Throwable cause = ex.getCause();
                if (cause instanceof Exception exception) {
                    throw exception;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw ex;
            }
        };
    }

    /** The handlers by operation. */
    public Map<String, OutboxHandler> byOperation() {
        return byOperation;
    }

    @Override
    public String toString() {
        return "OutboxHandlers" + byOperation.keySet();
    }
}
