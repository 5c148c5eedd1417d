package org.assessor.rules.fact;

/** Readiness outcome: the verdict on a site's readiness for change and where it should join. */
public record ReadinessVerdict(Verdict verdict, Placement placement) {
}
