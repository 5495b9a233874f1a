package com.theorycloud.tabletheory.spring.boot.outbox;

import com.theorycloud.tabletheory.outbox.OutboxRelay;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the {@link OutboxRelay} when the application context has started and stops it, letting dispatches in flight
 * finish, before the context's other beans go away.
 */
public final class OutboxRelayLifecycle implements SmartLifecycle {

    private final OutboxRelay relay;

    /**
     * Creates the lifecycle of {@code relay}.
     *
     * @param relay the relay to start and stop
     */
    public OutboxRelayLifecycle(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void start() {
        relay.start();
    }

    @Override
    public void stop() {
        relay.stop();
    }

    @Override
    public boolean isRunning() {
        return relay.running();
    }

    /** The relay this lifecycle controls. */
    public OutboxRelay relay() {
        return relay;
    }
}
