package org.assessor.rules;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.assessor.rules.fact.PolicyValues;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * The DRL of a rule set's files, each as a {@link DrlUnit}: a {@code .drl} file as it is, a decision
 * table turned into DRL by Drools' spreadsheet compiler (with its cells, to place problems), and a
 * threshold table turned into its rating rules. What {@link RuleSetCompiler} parses, judges and
 * compiles, and what a rule set read from the {@link CompiledRuleCache} shows its problems against.
 */
final class RuleFileUnits {
    private RuleFileUnits() {
    }

    /** The unit of rule file {@code file}, or null with its problems added to {@code problems}. */
    static DrlUnit of(RuleSetSource source, String file, PolicyValues policy, List<RuleProblem> problems) {
        return RuleSetSource.isThresholdTable(file) ? thresholds(source, file, policy, problems)
                : toDrl(source, file, problems);
    }

    /**
     * The units of every rule file of a rule set read from the cache, made when first asked for
     * (as in compiling, without judging or compiling again: the cache entry was both).
     */
    static Supplier<List<DrlUnit>> lazily(RuleSetSource source, PolicyValues policy) {
        return new Lazily(source, policy);
    }

    /** The name Drools knows a unit's file by: a decision or threshold table's with {@code .drl} added. */
    static String drlName(String file) {
        return file.endsWith(".drl") ? file : file + ".drl";
    }

    private static final class Lazily implements Supplier<List<DrlUnit>> {
        private final RuleSetSource source;
        private final PolicyValues policy;
        private volatile List<DrlUnit> units;

        Lazily(RuleSetSource source, PolicyValues policy) {
            this.source = source;
            this.policy = policy;
        }

        @Override
        public List<DrlUnit> get() {
            List<DrlUnit> made = units;
            if (made == null) {
                List<RuleProblem> problems = new ArrayList<>();
                List<DrlUnit> all = new ArrayList<>();
                for (String file : source.ruleFiles()) {
                    DrlUnit unit = of(source, file, policy, problems);
                    if (unit != null) {
                        all.add(unit);
                    }
                }
                made = List.copyOf(all);
                units = made;
            }
            return made;
        }
    }

    /** The rating rules of threshold table {@code file}, or null if it has problems. */
    private static DrlUnit thresholds(RuleSetSource source, String file, PolicyValues policy,
                                      List<RuleProblem> problems) {
        int before = problems.size();
        ThresholdTable table = ThresholdTable.read(file, source.text(file), problems);
        Double answered = policy.asMap().get(PolicyTable.ANSWERED_AT_LEAST);
        if (answered == null) {
            problems.add(RuleProblem.inFile(file, "a threshold table needs the policy value '"
                    + PolicyTable.ANSWERED_AT_LEAST + "' in " + PolicyTable.FILE + " (the least share of a criterion's"
                    + " questions a respondent must answer to rate it)"));
        }
        return problems.size() > before ? null
                : new DrlUnit(file, table.toDrl(BigDecimal.valueOf(answered)), false);
    }

    private static DrlUnit toDrl(RuleSetSource source, String file, List<RuleProblem> problems) {
        if (!RuleSetSource.isDecisionTable(file)) {
            return new DrlUnit(file, source.text(file), false);
        }
        InputType type = file.endsWith(".csv") ? InputType.CSV : InputType.XLS;
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.bytes(file)), type);
            return new DrlUnit(file, drl, true, DecisionTableCells.read(source.bytes(file), type));
        } catch (RuntimeException e) {
            problems.add(SpreadsheetLimits.exceeded(e).map(poi -> RuleProblem.inFile(file, "decision table: the "
                    + "spreadsheet inflates past the limits for decision tables (" + SpreadsheetLimits.describe()
                    + "); is it a zip bomb? (" + poi + ")")).orElseGet(() -> DecisionTableErrors.toProblem(file, e)));
            return null;
        }
    }
}
