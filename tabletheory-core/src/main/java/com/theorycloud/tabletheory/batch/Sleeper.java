package com.theorycloud.tabletheory.batch;

import java.time.Duration;

/**
 * Waits between two attempts of a retried call. The default blocks the calling thread; tests plug in one that only
 * records the delays.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread with {@link Thread#sleep(long, int)}. */
    Sleeper THREAD = delay -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);

    /**
     * Waits for the given delay.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration delay) throws InterruptedException;
}
