package org.assessor.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.core.Rating;

/**
 * What a site submits for evaluation.
 *
 * @param questionnaireId      the questionnaire answered
 * @param questionnaireVersion the version answered; null for the latest
 * @param site                 who the assessment is about
 * @param mode                 self-assessment (respondents) or peer review (ratings)
 * @param cycle                a label for the assessment cycle, e.g. {@code baseline}; may be null
 * @param respondents          in self mode, one or more respondents; empty in peer mode
 * @param ratings              in peer mode, criterion ratings by criterion id (and, where the questionnaire
 *                             lets peers rate standards, standard ratings by standard id); empty in self mode
 * @param ruleSetVersion       the rule-set version to evaluate under; null for the active one
 */
public record Submission(String questionnaireId, String questionnaireVersion, Site site, Mode mode, String cycle,
                         List<Respondent> respondents, Map<String, Rating> ratings, String ruleSetVersion) {

    public Submission {
        respondents = List.copyOf(respondents);
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }

    /** This submission, to be evaluated under rule-set version {@code version}. */
    public Submission withRuleSetVersion(String version) {
        return new Submission(questionnaireId, questionnaireVersion, site, mode, cycle, respondents, ratings, version);
    }
}
