package com.theorycloud.tabletheory.spring.boot.outbox;

import java.time.Duration;

import com.theorycloud.tabletheory.outbox.OutboxBacklog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the outbox backlog: DOWN when a record is dead (it needs a person or a reconciler) or when a record has
 * been due for longer than the allowed age (relays down or too slow), UP otherwise; the counts are the details.
 */
public final class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxBacklogProbe probe;
    private final Duration maxDueAge;

    /**
     * Creates the indicator.
     *
     * @param probe where the backlog comes from
     * @param maxDueAge how long a record may wait past its due time while the outbox counts as healthy
     */
    public OutboxHealthIndicator(OutboxBacklogProbe probe, Duration maxDueAge) {
        this.probe = probe;
        this.maxDueAge = maxDueAge;
    }

    @Override
    public Health health() {
        OutboxBacklog backlog;
        try {
            backlog = probe.current();
        }
        catch (RuntimeException ex) {
            return Health.down(ex).withDetail("table", probe.outbox().table().tableName()).build();
        }
        boolean up = backlog.dead() == 0 && backlog.oldestDueAge().compareTo(maxDueAge) <= 0;
        Health.Builder builder = up ? Health.up() : Health.down();
        builder.withDetail("table", probe.outbox().table().tableName())
            .withDetail("pending", backlog.pending())
            .withDetail("due", backlog.due())
            .withDetail("dead", backlog.dead())
            .withDetail("oldestDueAge", backlog.oldestDueAge().toString())
            .withDetail("oldestDeadAge", backlog.oldestDeadAge().toString());
        if (backlog.dead() > 0) {
            builder.withDetail("problem", backlog.dead() + " dead record(s); inspect them and redrive with"
                    + " OutboxReconciler");
        }
        else if (!up) {
            builder.withDetail("problem", "a record has been due for " + backlog.oldestDueAge() + ", longer than "
                    + maxDueAge + "; are the relays running?");
        }
        return builder.build();
    }
}
