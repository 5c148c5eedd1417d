package org.assessor.comparison;

import org.assessor.assessment.Site;
import org.assessor.result.Placement;
import org.assessor.result.Verdict;

/** A site's readiness verdict and suggested placement, from its latest readiness assessment compared. */
public record SiteReadiness(Site site, String assessment, String cycle, Verdict verdict, Placement placement) {
}
