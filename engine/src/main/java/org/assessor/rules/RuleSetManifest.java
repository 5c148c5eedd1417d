package org.assessor.rules;

/**
 * The {@code manifest.json} of a rule-set version.
 *
 * @param questionnaireId      the questionnaire the rules rate
 * @param version              this rule set's version, e.g. {@code 1.0.0}
 * @param questionnaireVersion the questionnaire version the rules were written for
 * @param date                 when this version was written (ISO date)
 * @param notes                what changed and why, for auditors and report readers
 * @param shared               the shared rule layer the rule set uses, as {@code <name>/<version>}
 *                             (see {@link SharedLayers}), or null for none
 */
public record RuleSetManifest(String questionnaireId, String version, String questionnaireVersion, String date,
                              String notes, String shared) {
}
