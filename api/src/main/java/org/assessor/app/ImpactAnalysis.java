package org.assessor.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.assessor.assessment.Evaluator;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.rules.ChangedCriteria;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RunnerCapacity;
import org.assessor.store.AssessmentScan;
import org.assessor.store.ScannedAssessment;
import org.assessor.store.ScanFilter;

/**
 * Works out the impact of a rule-set version before it is published: every stored assessment of
 * its questionnaire that the query selects is rated under it and compared with its rating under
 * the active version. Assessments are streamed from the store and evaluated in parallel, in
 * batches of {@value #BATCH}, with a bounded number in flight; only the changes are kept. In the
 * server the evaluations run on the engine's runner of drafts ({@link Engine#drafts()}), never the
 * live one; the command line's {@link #offline} analysis uses every core. Where an assessment was
 * rated with the active version, its stored ratings stand in for evaluating it again. Thread-safe.
 *
 * <p>Incrementally, it does only the work whose result can differ from evaluating everything:
 * <ul>
 *   <li>the candidate is rated for its ratings alone ({@link Evaluator#ratings}: no reasons,
 *       agreement or actions, which the comparison never reads);</li>
 *   <li>stored submissions read once are kept for the next analysis ({@link ParsedSubmissions});</li>
 *   <li>a candidate whose rating content is the baseline's (the same rule files, tables, policy
 *       and shared layer, byte for byte, for the same questionnaire version; only its tests,
 *       notes or date differ) rates every submission as the baseline does, since the same
 *       compiled rules fire on the same facts: an assessment with stored baseline ratings is
 *       then compared with them without evaluating, and one without is evaluated once;</li>
 *   <li>otherwise, where the files tell which criteria the candidate can rate differently
 *       ({@link ChangedCriteria}: those of a changed classification or threshold), each assessment
 *       is first rated on those criteria alone; if they keep their baseline ratings nothing else
 *       can move, and only the others are rated in full ({@link ImpactComparison}).</li>
 * </ul>
 * {@link #full()} evaluates everything as before, for checking that both agree.
 */
public final class ImpactAnalysis {
    /**
     * How many stored assessments a worker compares at a time: their sessions on the criteria a
     * candidate changes are handed to the runner together, since handing one such session over
     * costs about as much as running it.
     */
    private static final int BATCH = 16;
    private static final int BATCHES_IN_FLIGHT_PER_THREAD = 2;

    private final RuleSetService ruleSets;
    private final Engine engine;
    private final Evaluator evaluator;
    private final AssessmentScan scan;
    private final int threads;
    private final boolean incremental;
    private final ParsedSubmissions parsed = new ParsedSubmissions();

    /** An analysis evaluating with {@code evaluator} from {@code threads} worker threads. */
    public ImpactAnalysis(RuleSetService ruleSets, Engine engine, Evaluator evaluator, AssessmentScan scan,
                          int threads) {
        this(ruleSets, engine, evaluator, scan, threads,
                !"full".equals(System.getProperty("assessor.impact")));
    }

    private ImpactAnalysis(RuleSetService ruleSets, Engine engine, Evaluator evaluator, AssessmentScan scan,
                           int threads, boolean incremental) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.evaluator = evaluator;
        this.scan = scan;
        this.threads = threads;
        this.incremental = incremental;
    }

    /**
     * This analysis evaluating everything: each submission read afresh, the candidate's full
     * result, no shortcut for an unchanged rating content (what {@code -Dassessor.impact=full}
     * gives). For checking the incremental analysis against, and for comparing their speed.
     */
    public ImpactAnalysis full() {
        return new ImpactAnalysis(ruleSets, engine, evaluator, scan, threads, false);
    }

    /**
     * An analysis for a process that serves nothing else ({@code rules impact --data}): it
     * evaluates on the engine's live runner, which has a session per core, with one worker more
     * than there are cores.
     */
    public static ImpactAnalysis offline(RuleSetService ruleSets, Engine engine, AssessmentScan scan) {
        return new ImpactAnalysis(ruleSets, engine, engine.evaluator(), scan,
                Runtime.getRuntime().availableProcessors() + 1);
    }

    /**
     * An analysis using one worker thread more than the runner of drafts has sessions: each
     * evaluation hands its Drools session to a thread of that runner and waits for it, so one
     * worker per session would leave the session idle while the next submission is read.
     */
    public ImpactAnalysis(RuleSetService ruleSets, Engine engine, AssessmentScan scan) {
        this(ruleSets, engine, engine.drafts(), scan, RunnerCapacity.drafts().sessions() + 1);
    }

    /**
     * The impact of version {@code id} on the stored assessments {@code query} selects.
     *
     * @throws org.assessor.rules.NoSuchRuleSet if there is no such version, or its questionnaire has no active one
     */
    public Impact run(RuleSetId id, ImpactQuery query, ImpactProgress progress) {
        CompiledRuleSet candidate = ruleSets.compiled(id);
        CompiledRuleSet baseline = ruleSets.active(id.questionnaireId());
        return run(candidate, ruleSets.version(id).status().code(), baseline, query, progress);
    }

    /** The impact of {@code candidate} (whose status is {@code candidateStatus}) against the active {@code baseline}. */
    public Impact run(CompiledRuleSet candidate, String candidateStatus, CompiledRuleSet baseline,
                          ImpactQuery query, ImpactProgress progress) {
        long started = System.nanoTime();
        String questionnaireVersion = candidate.source().manifest().questionnaireVersion();
        ScanFilter filter = query.filter(candidate.id().questionnaireId());
        long total = scan.count(filter);
        ImpactTally tally = new ImpactTally();
        Questionnaire questionnaire = engine.questionnaires().get(candidate.id().questionnaireId(), questionnaireVersion);
        Optional<Set<String>> changed = !incremental ? Optional.empty()
                : candidate.source().ratingContentHash().equals(baseline.source().ratingContentHash()) ? Optional.of(Set.of())
                : ChangedCriteria.between(candidate.source(), baseline.source(), questionnaire);
        ImpactComparison comparison = new ImpactComparison(evaluator, engine.reader(), parsed, candidate, baseline,
                changed, !incremental, tally);
        ProgressMeter meter = new ProgressMeter(progress, total, started);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        int slots = threads * BATCHES_IN_FLIGHT_PER_THREAD;
        Semaphore inFlight = new Semaphore(slots);
        List<ScannedAssessment> batch = new ArrayList<>(BATCH);
        try {
            scan.forEach(filter, baseline.hash(), row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    submit(pool, inFlight, List.copyOf(batch), comparison, meter);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                submit(pool, inFlight, List.copyOf(batch), comparison, meter);
            }
            inFlight.acquireUninterruptibly(slots);
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = meter.finish();
        Impact.Totals totals = tally.totals(total);
        long done = totals.evaluated() + totals.skipped() + totals.failed();
        return new Impact(candidate.id().questionnaireId(),
                new Impact.Version(candidate.id().version(), candidate.hash(), candidateStatus),
                new Impact.Version(baseline.id().version(), baseline.hash(), "active"), query, totals,
                tally.overall(),
                tally.standards(questionnaire), tally.affected(query.limit()), tally.affectedCount() > query.limit(),
                tally.skippedListed(), incremental ? new Impact.Scope(changed.map(c -> inOrder(questionnaire, c))
                        .orElse(null), comparison.ratedInFull()) : null,
                elapsed.toMillis(), elapsed.isZero() ? 0 : Math.round(done * 10_000.0 / elapsed.toMillis()) / 10.0);
    }

    /** Compares {@code rows} on a thread of {@code pool}, once one of the {@code inFlight} permits is free. */
    private static void submit(ExecutorService pool, Semaphore inFlight, List<ScannedAssessment> rows,
                               ImpactComparison comparison, ProgressMeter meter) {
        inFlight.acquireUninterruptibly();
        try {
            pool.execute(() -> {
                try {
                    comparison.compareAll(rows);
                } finally {
                    meter.advance(rows.size());
                    inFlight.release();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.release();
            throw e;
        }
    }

    private static List<String> inOrder(Questionnaire questionnaire, Set<String> criteria) {
        return questionnaire.criteria().keySet().stream().filter(criteria::contains).toList();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "assessor-impact-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
