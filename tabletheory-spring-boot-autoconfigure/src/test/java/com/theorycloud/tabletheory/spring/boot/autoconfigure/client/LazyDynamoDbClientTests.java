package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

class LazyDynamoDbClientTests {

    @Test
    void overridesEveryMethodOfTheSdkInterface() {
        // A method added by a newer SDK and not overridden would throw the interface's UnsupportedOperationException.
        List<String> missing = new ArrayList<>();
        for (Method method : DynamoDbClient.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            try {
                Method declared = LazyDynamoDbClient.class.getDeclaredMethod(method.getName(),
                        method.getParameterTypes());
                assertThat(method.getReturnType()).isAssignableFrom(declared.getReturnType());
            }
            catch (NoSuchMethodException ex) {
                missing.add(method.toGenericString());
            }
        }
        assertThat(missing).as("methods of DynamoDbClient that LazyDynamoDbClient does not override").isEmpty();
    }

    @Test
    void handsEveryCallToTheClientItBuildsOnce() throws Exception {
        List<Method> received = new ArrayList<>();
        DynamoDbClient target = (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DynamoDbClient.class }, (proxy, method, args) -> {
                    received.add(method);
                    return null;
                });
        AtomicInteger builds = new AtomicInteger();
        LazyDynamoDbClient lazy = new LazyDynamoDbClient(() -> {
            builds.incrementAndGet();
            return target;
        });
        int calls = 0;
        for (Method method : LazyDynamoDbClient.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isBridge() || method.isSynthetic()
                    || List.of("close", "serviceName", "toString").contains(method.getName())) {
                continue;
            }
            received.clear();
            try {
                method.invoke(lazy, new Object[method.getParameterCount()]);
            }
            catch (InvocationTargetException ex) {
                throw new AssertionError(method + " failed", ex.getCause());
            }
            assertThat(received).as(method.toString()).hasSize(1);
            assertThat(received.get(0).getName()).isEqualTo(method.getName());
            assertThat(received.get(0).getParameterTypes()).isEqualTo(method.getParameterTypes());
            calls++;
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(builds).hasValue(1);
    }

    @Test
    void answersTheServiceNameWithoutBuilding() {
        AtomicInteger builds = new AtomicInteger();
        LazyDynamoDbClient lazy = new LazyDynamoDbClient(() -> {
            builds.incrementAndGet();
            throw new AssertionError("not to be built");
        });
        assertThat(lazy.serviceName()).isEqualTo(DynamoDbClient.SERVICE_NAME);
        assertThat(lazy.toString()).contains("not built yet");
        lazy.close();
        assertThat(builds).hasValue(0);
        assertThat(lazy.isBuilt()).isFalse();
    }
}
