package org.assessor.rules;

import java.util.List;
import org.assessor.AssessorException;

/**
 * Thrown when a rule set cannot be used: it does not compile, fails a static check, or fails
 * one of its own test cases. Lists every problem with its file and line.
 */
public final class RuleSetInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    public RuleSetInvalid(String ruleSet, List<RuleProblem> problems) {
        super("rule set " + ruleSet + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")");
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
