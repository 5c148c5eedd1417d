package org.assessor.comparison;

import org.assessor.assessment.Site;
import org.assessor.rules.fact.Placement;
import org.assessor.rules.fact.Verdict;

/** A site's readiness verdict and suggested placement, from its latest readiness assessment compared. */
public record SiteReadiness(Site site, String assessment, String cycle, Verdict verdict, Placement placement) {
}
