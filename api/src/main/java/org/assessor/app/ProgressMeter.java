package org.assessor.app;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Counts work done and tells an {@link ImpactProgress} about it at most every 200 ms, and at the end. Thread-safe. */
final class ProgressMeter {
    private static final long EVERY_NANOS = 200_000_000L;

    private final ImpactProgress progress;
    private final long total;
    private final long started;
    private final AtomicLong done = new AtomicLong();
    private volatile long lastTold;

    ProgressMeter(ImpactProgress progress, long total, long startedNanos) {
        this.progress = progress;
        this.total = total;
        this.started = startedNanos;
        this.lastTold = startedNanos;
    }

    /** Counts {@code count} more assessments done, and tells the progress if it is time to. */
    void advance(int count) {
        long now = done.addAndGet(count);
        long time = System.nanoTime();
        if (time - lastTold < EVERY_NANOS) {
            return;
        }
        synchronized (this) {
            if (time - lastTold >= EVERY_NANOS) {
                lastTold = time;
                progress.update(now, total, Duration.ofNanos(time - started));
            }
        }
    }

    /** Tells the final count; the time taken. */
    synchronized Duration finish() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        progress.update(done.get(), total, elapsed);
        return elapsed;
    }
}
