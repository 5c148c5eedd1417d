package org.assessor.rules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The session slots of one {@link RuleRunner}: at most {@link RunnerCapacity#sessions()} are held
 * at once; up to {@link RunnerCapacity#queue()} callers wait for one, first come first served,
 * each for at most {@link RunnerCapacity#maxWait()}. A caller that finds the queue full, or waits
 * too long, gets {@link EvaluationsBusy}. Thread-safe.
 */
final class SessionSlots {
    private final RunnerCapacity capacity;
    private final Semaphore free;
    private final AtomicInteger waiting = new AtomicInteger();

    SessionSlots(RunnerCapacity capacity) {
        this.capacity = capacity;
        this.free = new Semaphore(capacity.sessions(), true);
    }

    /**
     * Takes a slot, waiting in the queue if none is free. The caller must {@link #release()} it
     * exactly once.
     *
     * @throws EvaluationsBusy     if the queue is full, or no slot came free within the longest wait
     * @throws EvaluationAborted   if the thread was interrupted while waiting
     */
    void acquire() {
        try {
            if (free.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return;
            }
            if (waiting.incrementAndGet() > capacity.queue()) {
                waiting.decrementAndGet();
                throw busy("all " + capacity.sessions() + " of its sessions are running and " + capacity.queue()
                        + " more evaluations are waiting");
            }
            try {
                if (!free.tryAcquire(capacity.maxWait().toNanos(), TimeUnit.NANOSECONDS)) {
                    throw busy("this evaluation waited " + capacity.maxWait().toSeconds() + " s for one of its "
                            + capacity.sessions() + " sessions");
                }
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationAborted("the evaluation was interrupted while it waited for a session");
        }
    }

    /** Gives a slot back. */
    void release() {
        free.release();
    }

    /** How many callers are waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }

    private EvaluationsBusy busy(String why) {
        return new EvaluationsBusy("evaluations are busy (" + capacity.name() + "): " + why + "; send the request "
                + "again in " + capacity.retryAfterSeconds() + " s", capacity.retryAfterSeconds());
    }
}
