/**
 * Commissioners' comparisons of assessment results: a site × standard matrix, ratings pooled
 * per standard, per section and overall (E-MHIP Table 5 style), readiness placements, change
 * across cycles, self-assessment versus peer review, and the CSV of it all.
 *
 * <p>{@link org.assessor.comparison.Comparisons} is the entry point; it reads only the ratings of
 * each assessment ({@link org.assessor.result.RatingsSnapshot}, which stored assessments are read
 * as, or a whole result's). Only results rated under one
 * rule-set version are ever pooled: a selection that mixes versions is refused with
 * {@link org.assessor.comparison.ComparisonMixesVersions}, or split into one comparison per
 * version when the caller asks for that.
 *
 * <p><b>Pooling.</b> Percentages are always computed from pooled counts, never averaged over
 * standards: the standard level counts each assessment's rating of a standard, the criterion
 * level counts every criterion rating of that standard in every assessment. The denominator is
 * the rated items only (met + partly-met + not-met); not-applicable and not-rated items are
 * counted but never enter it. See {@link org.assessor.comparison.Pooled} for rounding.
 *
 * <p>These are domain types, independent of HTTP and storage.
 */
package org.assessor.comparison;
