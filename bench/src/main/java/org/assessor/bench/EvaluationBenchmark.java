package org.assessor.bench;

import java.util.concurrent.TimeUnit;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.assessment.Submission;
import org.assessor.bench.plain.PlainEvaluator;
import org.assessor.bench.plain.PlainOrganisationalChange;
import org.assessor.bench.plain.PlainReadinessForChange;
import org.assessor.result.AssessmentResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process evaluation on one thread: the engine ({@code Evaluator} over the bundled
 * questionnaires and rule sets, wired by {@link Engine}) against the plain-Java limit, for a
 * three-respondent organisational-change and readiness-for-change submission. The submissions
 * are read once; what is measured is evaluation to a full, explained {@link AssessmentResult}
 * (the limit gives ratings and actions only).
 *
 * <p>Warm-up is long because on a loaded two-core machine the JIT compiler threads get little
 * CPU; add {@code -prof org.assessor.bench.CpuTimeProfiler} for the CPU time per evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class EvaluationBenchmark {
    private Engine engine;
    private Submission organisationalChange;
    private Submission readinessForChange;
    private PlainEvaluator plainOrganisationalChange;
    private PlainEvaluator plainReadinessForChange;

    @Setup
    public void setUp() {
        engine = Engine.start(EngineConfig.defaults());
        organisationalChange = engine.reader().read(Workloads.organisationalChange());
        readinessForChange = engine.reader().read(Workloads.readinessForChange());
        plainOrganisationalChange = new PlainOrganisationalChange(
                engine.questionnaires().get("organisational-change", PlainOrganisationalChange.VERSION));
        plainReadinessForChange = new PlainReadinessForChange(
                engine.questionnaires().get("readiness-for-change", PlainReadinessForChange.VERSION));
    }

    @Benchmark
    public AssessmentResult engineOrganisationalChange() {
        return engine.evaluator().evaluate(organisationalChange);
    }

    @Benchmark
    public AssessmentResult engineReadinessForChange() {
        return engine.evaluator().evaluate(readinessForChange);
    }

    @Benchmark
    public PlainEvaluator.Ratings plainOrganisationalChange() {
        return plainOrganisationalChange.rate(organisationalChange);
    }

    @Benchmark
    public PlainEvaluator.Ratings plainReadinessForChange() {
        return plainReadinessForChange.rate(readinessForChange);
    }
}
