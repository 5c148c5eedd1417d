package org.assessor.bench;

import java.util.Map;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.assessment.Submission;

/**
 * A quick comparison that the machine's load hardly disturbs: the CPU time this thread and the
 * engine's session threads spend per evaluation (not wall-clock time), and the bytes they
 * allocate, after a warm-up. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.assessor.bench.CpuProbe [evaluations]}.
 */
public final class CpuProbe {
    private CpuProbe() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Engine engine = Engine.start(EngineConfig.defaults());
        Submission oc = engine.reader().read(Workloads.organisationalChange());
        Submission rfc = engine.reader().read(Workloads.readinessForChange());
        String caller = Thread.currentThread().getName();
        for (int round = 0; round < 3; round++) {
            for (Submission s : new Submission[] {oc, rfc}) {
                Map<Long, Long> cpu = EvaluationCpu.byThread(caller::equals);
                long allocated = allocated();
                long wall = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    engine.evaluator().evaluate(s);
                }
                double cpuUs = EvaluationCpu.between(cpu, EvaluationCpu.byThread(caller::equals)) / 1e3 / n;
                double wallUs = (System.nanoTime() - wall) / 1e3 / n;
                double kb = (allocated() - allocated) / 1024.0 / n;
                System.out.printf("round %d %-22s cpu %8.1f us/eval  wall %8.1f us/eval  allocated %7.1f kB/eval%n",
                        round, s.questionnaireId(), cpuUs, wallUs, kb);
            }
        }
    }

    /** Bytes allocated so far by every live thread (the caller and the engine's session threads). */
    private static long allocated() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadAllocatedBytes(id));
        }
        return sum;
    }
}
