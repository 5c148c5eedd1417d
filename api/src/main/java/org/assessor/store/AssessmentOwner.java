package org.assessor.store;

/**
 * Whose a stored assessment is: what access checks need, without reading the assessment.
 *
 * @param siteId the site assessed
 * @param author the label of the caller who stored it; null if not recorded
 */
public record AssessmentOwner(String siteId, String author) {
}
