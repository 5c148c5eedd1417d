package org.assessor.bench;

import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the CPU time the benchmark threads, and the engine's session threads they hand each
 * evaluation's Drools session to, spent per operation ({@code cpu.us/op}) and the
 * throughput that makes per busy core ({@code cpu.ops/s}). On a machine shared with other
 * builds, wall-clock throughput measures the neighbours as much as the code; the CPU time a
 * thread was actually given hardly depends on them. Use with
 * {@code -prof org.assessor.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private static final String WORKER = "-jmh-worker-";
    private Map<Long, Long> before = Map.of();

    @Override
    public String getDescription() {
        return "CPU time of the benchmark and session threads per operation (ThreadMXBean)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpuTimes();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        long nanos = EvaluationCpu.between(before, workerCpuTimes());
        long ops = result.getMetadata().getAllOps();
        if (ops == 0 || nanos <= 0) {
            return List.of();
        }
        double microsPerOp = nanos / 1e3 / ops;
        return List.of(
                new ScalarResult("cpu.us/op", microsPerOp, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.ops/s", 1e6 / microsPerOp * benchmarkParams.getThreads(), "ops/s",
                        AggregationPolicy.AVG));
    }

    private static Map<Long, Long> workerCpuTimes() {
        return EvaluationCpu.byThread(name -> name.contains(WORKER));
    }
}
