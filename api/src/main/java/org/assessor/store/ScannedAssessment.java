package org.assessor.store;

/**
 * What re-evaluating a stored assessment needs.
 *
 * @param id                   the assessment id
 * @param siteId               the site assessed
 * @param questionnaireVersion the questionnaire version answered
 * @param ruleSetVersion       the rule-set version it was rated with
 * @param ruleSetHash          that version's content hash
 * @param submissionJson       the submission as submitted
 * @param ratingsJson          the stored ratings (compact, or the full result), when asked for and rated with the
 *                             version asked about; null otherwise
 */
public record ScannedAssessment(String id, String siteId, String questionnaireVersion, String ruleSetVersion,
                                String ruleSetHash, String submissionJson, String ratingsJson) {
}
