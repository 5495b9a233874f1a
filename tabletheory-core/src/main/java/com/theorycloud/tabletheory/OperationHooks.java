package com.theorycloud.tabletheory;

/**
 * The listener and interceptor of an engine, travelling as one {@link OperationListener} so tables and other
 * operation runners pass them on unchanged; {@link OperationRunner} unpacks it.
 */
record OperationHooks(OperationListener listener, OperationInterceptor interceptor) implements OperationListener {

    /** The listener to hand to tables: the plain listener when there is no interceptor. */
    static OperationListener of(OperationListener listener, OperationInterceptor interceptor) {
        return interceptor == OperationInterceptor.NONE ? listener : new OperationHooks(listener, interceptor);
    }

    @Override
    public void onOperation(OperationEvent event) {
        listener.onOperation(event);
    }
}
