package org.assessor.comparison;

/**
 * One item's ratings pooled at both levels.
 *
 * @param standardLevel  the standard ratings: one per assessment and standard
 * @param criterionLevel the criterion ratings: every criterion of the standards, in every assessment
 */
public record Levels(Pooled standardLevel, Pooled criterionLevel) {
}
