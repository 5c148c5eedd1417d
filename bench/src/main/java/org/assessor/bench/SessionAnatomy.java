package org.assessor.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.Outcomes;
import org.assessor.rules.RuleRunner;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * What one evaluation's Drools session holds and what it costs, for the benchmark workloads: its
 * input facts and conclusions by type, its firings, and the CPU per session (caller and session
 * threads, after a warm-up) of the rule set's session, of a whole evaluation, and of inserting the
 * same facts into a rule base whose one rule matches none of them (the floor Drools' fact handling
 * sets, whatever the rules). Usage:
 * {@code java -cp bench/target/benchmarks.jar org.assessor.bench.SessionAnatomy [sessions]}.
 */
public final class SessionAnatomy {
    private static final String NO_RULES = "rule \"matches no fact\" when String( this == \"-\" ) then end";

    private SessionAnatomy() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Engine engine = Engine.start(EngineConfig.defaults());
        Evaluator evaluator = engine.evaluator();
        RuleRunner runner = new RuleRunner(EvaluationLimits.DEFAULT);
        StatelessKieSession floor = new KieHelper().addContent(NO_RULES, ResourceType.DRL).build()
                .newStatelessKieSession();
        for (ObjectNode workload : List.of(Workloads.organisationalChange(), Workloads.readinessForChange())) {
            Submission submission = engine.reader().read(workload);
            CompiledRuleSet ruleSet = evaluator.ruleSetFor(submission);
            List<Object> facts = evaluator.facts(submission, ruleSet);
            Outcomes outcomes = runner.run(ruleSet, facts);
            System.out.printf("%s, %d respondents:%n  input facts %d: %s%n  conclusions %d from %d firings: %s%n",
                    ruleSet, submission.respondents().size(), facts.size(), byType(facts),
                    outcomes.all(Object.class).size(), outcomes.firings(), byType(outcomes.all(Object.class)));
            for (int round = 0; round < 3; round++) {
                double session = cpuMicros(n, () -> runner.run(ruleSet, facts));
                double none = cpuMicros(n, () -> floor.execute(facts));
                double whole = cpuMicros(n, () -> evaluator.evaluate(submission, ruleSet));
                System.out.printf("  round %d, CPU per session: the rule set %.1f us, the same facts and no rules %.1f us, "
                        + "a whole evaluation %.1f us%n", round, session, none, whole);
            }
        }
    }

    private static Map<String, Integer> byType(List<?> facts) {
        Map<String, Integer> counts = new TreeMap<>();
        facts.forEach(fact -> counts.merge(fact.getClass().getSimpleName(), 1, Integer::sum));
        return counts;
    }

    private static double cpuMicros(int n, Runnable session) {
        String caller = Thread.currentThread().getName();
        Map<Long, Long> before = EvaluationCpu.byThread(caller::equals);
        for (int i = 0; i < n; i++) {
            session.run();
        }
        return EvaluationCpu.between(before, EvaluationCpu.byThread(caller::equals)) / 1e3 / n;
    }
}
