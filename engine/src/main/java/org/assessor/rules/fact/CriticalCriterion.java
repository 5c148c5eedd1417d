package org.assessor.rules.fact;

/** Roll-up policy: the rule set treats this criterion as critical to its standard. */
public record CriticalCriterion(String criterionId) {
}
