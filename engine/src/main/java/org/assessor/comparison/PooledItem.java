package org.assessor.comparison;

/**
 * A standard or a section with its ratings pooled over every assessment compared.
 *
 * @param standardLevel  for a standard, each assessment's rating of it; for a section, each
 *                       assessment's rating of each of its standards
 * @param criterionLevel every criterion rating below it, in every assessment
 */
public record PooledItem(String id, String title, Pooled standardLevel, Pooled criterionLevel) {

    /** Both levels together. */
    public Levels levels() {
        return new Levels(standardLevel, criterionLevel);
    }
}
