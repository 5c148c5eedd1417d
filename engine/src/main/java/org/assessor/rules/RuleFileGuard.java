package org.assessor.rules;

import java.util.List;

/**
 * Checks a rule file before it is compiled. Rule files are code that runs inside the server, so
 * a guard can refuse constructs that rules have no business using.
 */
@FunctionalInterface
public interface RuleFileGuard {

    /** Accepts every file: for rule sets that are trusted, such as the repository's own. */
    RuleFileGuard NONE = unit -> List.of();

    /** The problems found in {@code unit}; empty if it may be compiled. */
    List<RuleProblem> check(DrlUnit unit);
}
