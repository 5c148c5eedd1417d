package org.assessor.comparison;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.agreement.StandardAgreement;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;
import org.assessor.core.Rating;
import org.assessor.result.Counts;
import org.assessor.result.Readiness;

/**
 * One assessment's row of the site × standard matrix.
 *
 * @param assessment the stored assessment's id; null for a result that was never stored
 * @param ratings    the rating of each standard, by standard id, in questionnaire order
 * @param criteria   the counts of each standard's criterion ratings, by standard id
 * @param agreement  the agreement between respondents on each standard that has one, by standard
 *                   id in questionnaire order; empty where agreement is not measured (peer
 *                   reviews, a single respondent, results stored before agreement was measured)
 * @param readiness  the readiness verdict and placement, or null for questionnaires without one
 */
public record MatrixRow(Site site, String assessment, Instant evaluatedAt, String cycle, Mode mode,
                        Map<String, Rating> ratings, Map<String, Counts> criteria,
                        Map<String, StandardAgreement> agreement, Readiness readiness) {

    public MatrixRow {
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
        agreement = Collections.unmodifiableMap(new LinkedHashMap<>(agreement));
    }

    /** The rating of {@code standardId}; {@code absent} where this assessment has no such standard. */
    public Rating rating(String standardId, Rating absent) {
        return ratings.getOrDefault(standardId, absent);
    }

    /** The standards whose respondents agree less than the rule set's threshold, in questionnaire order. */
    public List<String> lowAgreement() {
        return agreement.entrySet().stream().filter(e -> e.getValue().low()).map(Map.Entry::getKey).toList();
    }
}
