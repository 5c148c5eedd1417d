package org.assessor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.assessor.app.Impact;
import org.assessor.app.ImpactAnalysis;
import org.assessor.app.ImpactQuery;
import org.assessor.rules.RuleSetId;

/**
 * Impact analyses the auditor's impact page runs in the background, so that a long one shows its
 * progress: a request starts the analysis of a version over a query (or finds it running), waits a
 * moment, and gets either the result or how far it has got. A finished result is kept for
 * {@link #KEPT} so reloading shows it again; at most {@value #MAX_RUNS} are kept. One analysis runs
 * at a time per node (each uses the evaluation runner's threads). Thread-safe.
 */
public final class ImpactRuns implements AutoCloseable {
    /** How long a finished analysis is shown again. */
    public static final Duration KEPT = Duration.ofMinutes(10);
    static final int MAX_RUNS = 100;
    /** How long a page waits for a new analysis before it shows progress instead. */
    public static final Duration PATIENCE = Duration.ofMillis(1500);

    private final ImpactAnalysis impact;
    private final Clock clock;
    private final Duration patience;
    private final Map<Key, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "impact-page");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param patience how long a request waits for a new analysis before it shows progress instead
     */
    public ImpactRuns(ImpactAnalysis impact, Clock clock, Duration patience) {
        this.impact = impact;
        this.clock = clock;
        this.patience = patience;
    }

    /** Which analysis: a version over a query. */
    record Key(RuleSetId id, ImpactQuery query) {
    }

    /** One analysis: how far it has got, and its result or failure once it ends. */
    public static final class Run {
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong(-1);
        private final CompletableFuture<Impact> result = new CompletableFuture<>();
        private volatile Instant ended;

        /** Assessments analysed so far. */
        public long done() {
            return done.get();
        }

        /** Assessments to analyse; -1 until known. */
        public long total() {
            return total.get();
        }

        /** The share done, 0 to 100. */
        public int percent() {
            long t = total.get();
            return t <= 0 ? 0 : (int) Math.min(100, done.get() * 100 / t);
        }

        /** The result once finished; throws the analysis' failure if it failed. */
        Impact result() {
            try {
                return result.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        boolean finished() {
            return result.isDone();
        }
    }

    /**
     * The analysis of {@code id} over {@code query}: started if none is running or kept (or if
     * {@code again}), then waited for up to the patience given.
     */
    public Run run(RuleSetId id, ImpactQuery query, boolean again) {
        Instant now = clock.instant();
        runs.values().removeIf(r -> r.ended != null && r.ended.plus(KEPT).isBefore(now));
        Key key = new Key(id, query);
        if (again) {
            runs.computeIfPresent(key, (k, r) -> r.finished() ? null : r);
        }
        if (runs.size() >= MAX_RUNS && !runs.containsKey(key)) {
            runs.values().removeIf(Run::finished);
        }
        Run run = runs.computeIfAbsent(key, k -> start(k));
        try {
            run.result.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return run;
        } catch (Exception e) {
            runs.remove(key, run);
        }
        return run;
    }

    private Run start(Key key) {
        Run run = new Run();
        worker.submit(() -> {
            try {
                run.result.complete(impact.run(key.id(), key.query(), (done, total, elapsed) -> {
                    run.total.set(total);
                    run.done.set(done);
                }));
            } catch (RuntimeException e) {
                run.result.completeExceptionally(e);
            } finally {
                run.ended = clock.instant();
            }
        });
        return run;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
