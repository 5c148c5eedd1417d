package org.assessor.verification;

import java.util.ArrayList;
import java.util.List;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetSource;

/**
 * What verifying a rule set found: the compiled rule set (null if it did not compile), every
 * problem from compilation and the static checks, and the result of each of its test cases.
 */
public record Verification(RuleSetSource source, CompiledRuleSet compiled, List<RuleProblem> problems,
                           List<TestCaseResult> tests) {

    public Verification {
        problems = List.copyOf(problems);
        tests = List.copyOf(tests);
    }

    /** True if it compiled, passed every check and every test case. */
    public boolean passed() {
        return compiled != null && problems.isEmpty() && tests.stream().allMatch(TestCaseResult::passed);
    }

    /** Every problem, failing test cases included, as file-and-line problems. */
    public List<RuleProblem> allProblems() {
        List<RuleProblem> all = new ArrayList<>(problems);
        for (TestCaseResult test : tests) {
            test.failures().forEach(f -> all.add(RuleProblem.inFile(test.file(), "test case failed: " + f)));
        }
        return all;
    }

    /**
     * The compiled rule set, if everything passed.
     *
     * @throws RuleSetInvalid listing every problem otherwise
     */
    public CompiledRuleSet compiledOrThrow() {
        if (passed()) {
            return compiled;
        }
        throw new RuleSetInvalid(source.id().toString(), allProblems());
    }
}
