package org.assessor.bench;

import java.util.Map;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.assessment.Submission;

/**
 * A quick comparison that the machine's load hardly disturbs: the CPU time this thread and the
 * engine's session threads spend per evaluation (not wall-clock time), after a warm-up. Usage:
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
                long wall = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    engine.evaluator().evaluate(s);
                }
                double cpuUs = EvaluationCpu.between(cpu, EvaluationCpu.byThread(caller::equals)) / 1e3 / n;
                double wallUs = (System.nanoTime() - wall) / 1e3 / n;
                System.out.printf("round %d %-22s cpu %8.1f us/eval  wall %8.1f us/eval%n", round,
                        s.questionnaireId(), cpuUs, wallUs);
            }
        }
    }
}
