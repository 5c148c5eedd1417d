package org.assessor.result;

import org.assessor.rules.fact.Placement;
import org.assessor.rules.fact.Verdict;

/** The readiness verdict and suggested placement of a readiness-for-change assessment, with the rule. */
public record Readiness(Verdict verdict, Placement placement, String rule) {
}
