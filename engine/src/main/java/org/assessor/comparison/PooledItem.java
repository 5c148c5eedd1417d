package org.assessor.comparison;

import org.assessor.result.Counts;

/**
 * A standard or a section with its ratings pooled over every assessment compared.
 *
 * @param standardLevel  for a standard, each assessment's rating of it; for a section, each
 *                       assessment's rating of each of its standards
 * @param criterionLevel every criterion rating below it, in every assessment
 */
public record PooledItem(String id, String title, Pooled standardLevel, Pooled criterionLevel) {

    /** This item with {@code standardRatings} and {@code criterionRatings} added to its pools. */
    PooledItem plus(Counts standardRatings, Counts criterionRatings) {
        return new PooledItem(id, title, standardLevel.plus(standardRatings), criterionLevel.plus(criterionRatings));
    }

    /** Both levels together. */
    public Levels levels() {
        return new Levels(standardLevel, criterionLevel);
    }
}
