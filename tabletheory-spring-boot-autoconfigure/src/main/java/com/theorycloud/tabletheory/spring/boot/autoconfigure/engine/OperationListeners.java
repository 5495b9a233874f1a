package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.util.List;

import com.theorycloud.tabletheory.operation.Operation;
import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.operation.OperationInterceptor;
import com.theorycloud.tabletheory.operation.OperationListener;
import org.jspecify.annotations.Nullable;

/**
 * Joins the listeners and interceptors found in the application context into the single one the engine takes, so one
 * failing hook cannot keep the others from hearing about an operation.
 */
final class OperationListeners {

    private OperationListeners() {
    }

    static OperationListener listener(List<OperationListener> listeners) {
        if (listeners.isEmpty()) {
            return OperationListener.NONE;
        }
        if (listeners.size() == 1) {
            return listeners.get(0);
        }
        List<OperationListener> all = List.copyOf(listeners);
        return (event) -> {
            for (OperationListener listener : all) {
                notify(listener, event);
            }
        };
    }

    static OperationInterceptor interceptor(List<OperationInterceptor> interceptors) {
        if (interceptors.isEmpty()) {
            return OperationInterceptor.NONE;
        }
        if (interceptors.size() == 1) {
            return interceptors.get(0);
        }
        List<OperationInterceptor> all = List.copyOf(interceptors);
        return (model, table, operation, index) -> {
            OperationInterceptor.Invocation[] invocations = new OperationInterceptor.Invocation[all.size()];
            for (int i = 0; i < invocations.length; i++) {
                invocations[i] = begin(all.get(i), model, table, operation, index);
            }
            return (event, error) -> {
                // Ended in reverse, so nested scopes close in the order they were opened.
                for (int i = invocations.length - 1; i >= 0; i--) {
                    end(invocations[i], event, error);
                }
            };
        };
    }

    private static void notify(OperationListener listener, OperationEvent event) {
        try {
            listener.onOperation(event);
        }
        catch (RuntimeException ignored) {
            // The engine ignores failing listeners; so do we, per listener.
        }
    }

    private static OperationInterceptor.Invocation begin(OperationInterceptor interceptor, String model, String table,
            Operation operation, @Nullable String index) {
        try {
            return interceptor.begin(model, table, operation, index);
        }
        catch (RuntimeException ignored) {
            return OperationInterceptor.Invocation.NONE;
        }
    }

    private static void end(OperationInterceptor.Invocation invocation, OperationEvent event,
            @Nullable Throwable error) {
        try {
            invocation.end(event, error);
        }
        catch (RuntimeException ignored) {
            // As above: one broken hook must not silence the rest.
        }
    }
}
