package org.assessor.rules.fact;

/** Consolidation outcome: the respondents disagree about a criterion, and how. */
public record Disagreement(String criterionId, String detail) {
}
