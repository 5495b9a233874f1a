package com.theorycloud.tabletheory.outbox;

import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.outbox.internal.Backoff;
import com.theorycloud.tabletheory.outbox.internal.SecretScreen;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Dispatches due outbox records to their {@link OutboxHandler}s, at least once. Each poll reads the due records from
 * the {@code outbox-due} index (never a scan), claims each with a conditional lease (owner token and expiry), so
 * relays in several application instances never dispatch one record at the same time, calls the handler, and then
 * marks the record done, or schedules a retry with exponential backoff and jitter, or after
 * {@code maxAttempts} moves it to the dead letter. A relay that dies mid-dispatch leaves its lease to run out; the
 * record is then due again and another relay delivers it with the same idempotency key.
 *
 * <pre>{@code
 * OutboxRelay relay = OutboxRelay.builder(outbox)
 *     .handler("lambda_alias_update", delivery -> aliases.flip(delivery.requestedState(), delivery.idempotencyKey()))
 *     .pollInterval(Duration.ofSeconds(1)).batchSize(25).leaseTime(Duration.ofSeconds(30)).maxAttempts(8)
 *     .build();
 * relay.start();   // background polling; relay.stop() lets in-flight dispatches finish
 * }</pre>
 *
 * <p>While a handler runs, the relay renews its lease every {@link Builder#leaseRenewalInterval renewal interval}
 * (a third of the lease time by default), so a slow handler keeps the record; only a relay that stops renewing (it
 * died, or could not reach DynamoDB for a whole lease time) lets the lease run out. Thread-safe; one relay per application instance is enough (use {@link Builder#concurrency} for
 * parallel dispatch).
 */
public final class OutboxRelay implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());
    private static final int MAX_ERROR = 1000;

    private final OutboxStore store;
    private final Outbox outbox;
    private final Map<String, OutboxHandler> handlers;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration leaseTime;
    private final int maxAttempts;
    private final Duration retention;
    private final Backoff backoff;
    private final Clock clock;
    private final String owner;
    private final ExecutorService workers;
    private final Duration renewalInterval;
    private final ScheduledExecutorService renewals;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private @Nullable Thread poller;

    private OutboxRelay(Builder builder) {
        this.outbox = builder.outbox;
        this.store = builder.outbox.store();
        this.handlers = Map.copyOf(builder.handlers);
        this.pollInterval = builder.pollInterval;
        this.batchSize = builder.batchSize;
        this.leaseTime = builder.leaseTime;
        this.maxAttempts = builder.maxAttempts;
        this.retention = builder.retention;
        this.backoff = new Backoff(builder.backoffBase, builder.backoffMax, builder.random);
        this.clock = builder.clock;
        this.owner = builder.owner;
        this.renewalInterval = builder.renewalInterval != null ? builder.renewalInterval : leaseTime.dividedBy(3);
        this.renewals = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-lease-" + owner);
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(builder.concurrency, task -> {
            Thread thread = new Thread(task, "outbox-relay-" + owner + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts configuring a relay over {@code outbox}. */
    public static Builder builder(Outbox outbox) {
        return new Builder(outbox);
    }

    /**
     * Runs one poll: claims up to {@code batchSize} due records, dispatches them on the worker threads and waits
     * until every dispatch has finished.
     *
     * @return how many records this relay claimed and dispatched
     */
    public int pollOnce() {
        Instant now = clock.instant();
        List<Future<?>> inFlight = new ArrayList<>();
        List<OutboxRecord> due = new ArrayList<>(store.dueRecords(now, batchSize));
        // Relays polling together read the same earliest records; claiming in random order spreads them out.
        Collections.shuffle(due);
        for (OutboxRecord record : due) {
            Instant leaseUntil = now.plus(leaseTime);
            String token = owner + ":" + UUID.randomUUID();
            store.claim(record, token, now, leaseUntil)
                    .ifPresent(claimed -> inFlight.add(workers.submit(() -> dispatch(claimed))));
        }
        for (Future<?> dispatch : inFlight) {
            await(dispatch);
        }
        return inFlight.size();
    }

    /** Starts polling in the background: immediately, then every poll interval while polls come back empty. */
    public void start() {
        lock.lock();
        try {
            if (running) {
                return;
            }
            running = true;
            Thread thread = new Thread(this::pollLoop, "outbox-relay-" + owner);
            thread.setDaemon(true);
            poller = thread;
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops polling; dispatches in flight complete (and their records are marked) before this returns, unless that
     * takes longer than the lease time, after which the remaining records are left for their leases to run out.
     */
    public void stop() {
        Thread thread;
        lock.lock();
        try {
            running = false;
            wake.signalAll();
            thread = poller;
            poller = null;
        } finally {
            lock.unlock();
        }
        if (thread != null) {
            try {
                thread.join(leaseTime.plus(pollInterval).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether background polling is on. */
    public boolean running() {
        return running;
    }

    /** The backlog at this relay's clock; see {@link Outbox#backlog()}. */
    public OutboxBacklog backlog() {
        return outbox.backlog(clock);
    }

    /** Stops polling and releases the worker threads. */
    @Override
    public void close() {
        stop();
        workers.shutdown();
        try {
            workers.awaitTermination(leaseTime.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            renewals.shutdownNow(); // after the dispatches in flight, which renew their leases until they finish
        }
    }

    private void pollLoop() {
        while (running) {
            int dispatched = 0;
            try {
                dispatched = pollOnce();
            } catch (RuntimeException e) {
                // Keep polling through outages; the records stay due and nothing is lost.
                LOG.log(Level.WARNING, "Outbox relay " + owner + " could not poll " + outbox.schema().tableName()
                        + "; retrying after the poll interval: " + e.getMessage());
            }
            if (dispatched < batchSize) {
                pause();
            }
        }
    }

    private void pause() {
        lock.lock();
        try {
            if (running) {
                wake.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void dispatch(OutboxRecord claimed) {
        Instant leaseUntil = Objects.requireNonNull(claimed.leaseExpiresAt());
        OutboxHandler handler = handlers.get(claimed.operation());
        Exception failure = null;
        LeaseRenewal renewal = new LeaseRenewal(claimed);
        try {
            if (handler == null) {
                throw new IllegalStateException("no OutboxHandler is registered for operation '"
                        + claimed.operation() + "'; register one with OutboxRelay.Builder.handler");
            }
            handler.handle(new OutboxDelivery(claimed, claimed.attempts(), leaseUntil));
        } catch (Exception e) {
            failure = e;
        } finally {
            // Errors (a dying JVM, a killed thread) stop the renewals and skip the marking below: the lease runs
            // out and the record is delivered again.
            renewal.stop();
        }
        if (failure != null) {
            failed(claimed, failure);
        } else {
            settle(claimed, () -> store.complete(claimed, clock.instant().plus(retention)));
        }
    }

    /** Renews one dispatch's lease on the renewal thread until stopped, or until the lease is found lost. */
    private final class LeaseRenewal {

        private final OutboxRecord claimed;
        private final ScheduledFuture<?> task;
        private volatile boolean stopped;

        LeaseRenewal(OutboxRecord claimed) {
            this.claimed = claimed;
            long every = renewalInterval.toMillis();
            this.task = renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private void renew() {
            if (stopped) {
                return;
            }
            try {
                if (!store.renew(claimed, clock.instant().plus(leaseTime)) && !stopped) {
                    LOG.log(Level.WARNING, "Outbox record " + claimed.pk() + "/" + claimed.sk() + " ("
                            + claimed.operation() + ") is no longer leased by relay " + owner + "; its handler is"
                            + " still running and another relay may deliver it again");
                    task.cancel(false);
                }
            } catch (RuntimeException e) {
                // Keep trying: the lease lasts a whole lease time, and this runs every renewal interval.
                LOG.log(Level.WARNING, "Outbox relay " + owner + " could not renew the lease of " + claimed.pk()
                        + "/" + claimed.sk() + "; retrying: " + e.getMessage());
            }
        }

        void stop() {
            stopped = true;
            task.cancel(false);
        }
    }

    private void failed(OutboxRecord claimed, Exception failure) {
        String summary = summary(failure);
        Instant now = clock.instant();
        if (claimed.attempts() >= maxAttempts) {
            LOG.log(Level.ERROR, "Outbox record " + claimed.pk() + "/" + claimed.sk() + " (" + claimed.operation()
                    + ") failed " + claimed.attempts() + " times and moved to the dead letter: " + summary);
            settle(claimed, () -> store.bury(claimed, now, summary));
        } else {
            settle(claimed, () -> store.retry(claimed, now.plus(backoff.after(claimed.attempts())), summary));
        }
    }

    private void settle(OutboxRecord claimed, Runnable write) {
        try {
            write.run();
        } catch (TableTheoryException e) {
            // The record stays leased; when the lease runs out it is delivered again, which at-least-once allows.
            LOG.log(Level.WARNING, "Outbox record " + claimed.pk() + "/" + claimed.sk() + " could not be marked: "
                    + e.getMessage());
        }
    }

    private static String summary(Exception failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        text = SecretScreen.redact(text);
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) + "..." : text;
    }

    private static void await(Future<?> dispatch) {
        boolean interrupted = false;
        while (true) {
            try {
                dispatch.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("Outbox dispatch failed unexpectedly", e.getCause());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures an {@link OutboxRelay}. */
    public static final class Builder {

        private final Outbox outbox;
        private final Map<String, OutboxHandler> handlers = new HashMap<>();
        private Duration pollInterval = Duration.ofSeconds(1);
        private int batchSize = 25;
        private Duration leaseTime = Duration.ofSeconds(30);
        private @Nullable Duration renewalInterval;
        private int maxAttempts = 8;
        private Duration backoffBase = Duration.ofSeconds(1);
        private Duration backoffMax = Duration.ofMinutes(5);
        private Duration retention = Duration.ofDays(7);
        private int concurrency = 4;
        private Clock clock = Clock.systemUTC();
        private String owner = UUID.randomUUID().toString().substring(0, 8);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(Outbox outbox) {
            this.outbox = Objects.requireNonNull(outbox, "outbox");
        }

        /** The handler of one operation; records of operations without a handler fail and are retried. */
        public Builder handler(String operation, OutboxHandler handler) {
            handlers.put(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** The handlers by operation. */
        public Builder handlers(Map<String, OutboxHandler> byOperation) {
            byOperation.forEach(this::handler);
            return this;
        }

        /** How long the background loop waits after a poll that found fewer than a batch (default 1 s). */
        public Builder pollInterval(Duration value) {
            this.pollInterval = positive(value, "pollInterval");
            return this;
        }

        /** How many due records one poll claims at most (default 25). */
        public Builder batchSize(int value) {
            this.batchSize = atLeastOne(value, "batchSize");
            return this;
        }

        /**
         * How long a claim lasts without renewal (default 30 s): how long a record waits after its relay died before
         * another relay delivers it again.
         */
        public Builder leaseTime(Duration value) {
            this.leaseTime = positive(value, "leaseTime");
            return this;
        }

        /**
         * How often a running dispatch renews its lease to a full lease time from now (default: a third of the lease
         * time); must be shorter than the lease time.
         */
        public Builder leaseRenewalInterval(Duration value) {
            this.renewalInterval = positive(value, "leaseRenewalInterval");
            return this;
        }

        /** After how many failed attempts a record moves to the dead letter (default 8). */
        public Builder maxAttempts(int value) {
            this.maxAttempts = atLeastOne(value, "maxAttempts");
            return this;
        }

        /** The nominal retry delay after the first failure, doubled per attempt up to {@code max} (1 s, 5 min). */
        public Builder backoff(Duration base, Duration max) {
            this.backoffBase = positive(base, "backoff base");
            this.backoffMax = positive(max, "backoff max");
            return this;
        }

        /** How long done records are kept before the table's TTL removes them (default 7 days). */
        public Builder retention(Duration value) {
            this.retention = positive(value, "retention");
            return this;
        }

        /** How many records are dispatched in parallel (default 4). */
        public Builder concurrency(int value) {
            this.concurrency = atLeastOne(value, "concurrency");
            return this;
        }

        /** The clock of due times and leases (default UTC system clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** A name for this relay in lease tokens, thread names and logs (default random). */
        public Builder owner(String value) {
            this.owner = Objects.requireNonNull(value, "owner");
            return this;
        }

        /** The source of backoff jitter, values in [0, 1) (default random). */
        public Builder jitter(DoubleSupplier value) {
            this.random = Objects.requireNonNull(value, "jitter");
            return this;
        }

        /** The relay (not started). */
        public OutboxRelay build() {
            if (renewalInterval != null && renewalInterval.compareTo(leaseTime) >= 0) {
                throw new IllegalArgumentException("leaseRenewalInterval (" + renewalInterval + ") must be shorter"
                        + " than leaseTime (" + leaseTime + "), or the lease runs out between renewals");
            }
            return new OutboxRelay(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + value);
            }
            return value;
        }
    }
}
