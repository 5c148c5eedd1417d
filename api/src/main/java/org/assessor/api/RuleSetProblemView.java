package org.assessor.api;

import java.util.List;

/**
 * The {@code application/problem+json} body of a rejected rule-set upload: as {@link ProblemView},
 * with each problem located by file, line and (for decision tables) cell.
 */
public record RuleSetProblemView(String type, String title, int status, String detail, String requestId,
                                 List<RuleProblemView> errors) {
}
