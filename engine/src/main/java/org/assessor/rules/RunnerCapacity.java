package org.assessor.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a {@link RuleRunner} takes on at once: how many sessions run at the same time, how
 * many evaluations may wait for one of them (and for how long), and how many abandoned sessions
 * (ones that ran past their hard stop) may still be running before it refuses all evaluations.
 *
 * @param name          names the runner's threads ({@code name-N}) and its messages
 * @param sessions      sessions running at once; more would only share the same cores
 * @param queue         evaluations that may wait for a session; one more is refused with {@link EvaluationsBusy}
 * @param maxWait       how long one evaluation may wait in the queue before it is refused with {@link EvaluationsBusy}
 * @param maxAbandoned  abandoned sessions still running at which every new evaluation is refused
 * @param retryAfterSeconds what {@link EvaluationsBusy} asks a client to wait
 */
public record RunnerCapacity(String name, int sessions, int queue, Duration maxWait, int maxAbandoned,
                             int retryAfterSeconds) {
    /** Evaluations a live runner queues per session it runs. */
    static final int QUEUE_PER_SESSION = 24;
    /** How long a live evaluation may wait for a session. */
    static final Duration LIVE_MAX_WAIT = Duration.ofSeconds(15);

    public RunnerCapacity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxWait, "maxWait");
        if (sessions < 1 || queue < 0 || maxAbandoned < 1 || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("sessions, maxAbandoned and retryAfterSeconds must be positive and "
                    + "queue not negative");
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative");
        }
    }

    /**
     * The runner of live evaluations (submissions, stored assessments, re-evaluations): one
     * session per core, {@value #QUEUE_PER_SESSION} waiting per session for at most 15 s,
     * refused while 4 abandoned sessions run; {@code Retry-After: 2}.
     */
    public static RunnerCapacity live() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new RunnerCapacity("assessor-rules", cores, cores * QUEUE_PER_SESSION, LIVE_MAX_WAIT, 4, 2);
    }

    /**
     * The runner of drafts (the probes and test cases of a rule set being checked, impact
     * analysis): one session, 16 waiting for at most 60 s (a check or impact run waits its turn
     * rather than fail), refused while 2 abandoned sessions run; {@code Retry-After: 5}.
     */
    public static RunnerCapacity drafts() {
        return new RunnerCapacity("assessor-drafts", 1, 16, Duration.ofSeconds(60), 2, 5);
    }

    /** This capacity with {@code maxAbandoned} instead. */
    public RunnerCapacity withMaxAbandoned(int max) {
        return new RunnerCapacity(name, sessions, queue, maxWait, max, retryAfterSeconds);
    }
}
