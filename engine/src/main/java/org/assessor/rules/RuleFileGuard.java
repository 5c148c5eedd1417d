package org.assessor.rules;

import java.util.List;

/**
 * Judges the rule files of a rule set before any of them is compiled. Rule files are code that
 * runs inside the server, so a guard refuses whatever rules have no business using; it may
 * rewrite the files' trees into the form the compiler then builds from.
 */
@FunctionalInterface
public interface RuleFileGuard {

    /** Accepts every file as it is: for rule sets that are trusted, such as the tests' own. */
    RuleFileGuard NONE = files -> List.of();

    /** The problems found in {@code files}, each with its file and line; empty if they may be compiled. */
    List<RuleProblem> judge(List<ParsedRuleFile> files);
}
