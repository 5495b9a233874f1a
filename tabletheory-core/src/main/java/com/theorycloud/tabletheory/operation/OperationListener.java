package com.theorycloud.tabletheory.operation;

/**
 * Called after every engine operation, successful or not; the hook for metrics and tracing. Implementations must be
 * fast, thread-safe and must not throw (an exception thrown here is ignored).
 */
@FunctionalInterface
public interface OperationListener {

    /** A listener that does nothing. */
    OperationListener NONE = event -> {
    };

    /** Receives one finished operation. */
    void onOperation(OperationEvent event);
}
