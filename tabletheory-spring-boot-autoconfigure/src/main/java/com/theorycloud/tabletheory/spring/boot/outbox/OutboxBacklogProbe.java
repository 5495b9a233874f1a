package com.theorycloud.tabletheory.spring.boot.outbox;

import java.time.Duration;

import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxBacklog;
import org.jspecify.annotations.Nullable;

/**
 * The outbox backlog for gauges and health checks, reused for a while so that frequent scrapes and probes do not
 * turn into DynamoDB reads.
 */
public final class OutboxBacklogProbe {

    private final Outbox outbox;
    private final Duration timeToLive;
    private volatile @Nullable Cached cached;

    /**
     * Creates the probe.
     *
     * @param outbox the outbox to count
     * @param timeToLive how long a count is reused; zero counts on every call
     */
    public OutboxBacklogProbe(Outbox outbox, Duration timeToLive) {
        this.outbox = outbox;
        this.timeToLive = timeToLive;
    }

    /**
     * The backlog, counted now or reused from a recent count.
     *
     * @return the backlog
     * @throws RuntimeException when the outbox cannot be read
     */
    public OutboxBacklog current() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.countedAt() < timeToLive.toNanos()) {
            return current.backlog();
        }
        OutboxBacklog backlog = outbox.backlog();
        cached = new Cached(backlog, now);
        return backlog;
    }

    /** The outbox this probe counts. */
    public Outbox outbox() {
        return outbox;
    }

    private record Cached(OutboxBacklog backlog, long countedAt) {
    }
}
