package org.assessor.comparison;

import java.util.List;
import java.util.Optional;
import org.assessor.result.QuestionnaireRef;
import org.assessor.result.RuleSetRef;

/**
 * A commissioner's view of the assessments of one questionnaire, all rated under one rule-set
 * version. Immutable.
 *
 * @param questionnaire the questionnaire compared
 * @param ruleSet       the one rule-set version every result was rated under; null when no result was selected
 * @param matrix        one row per assessment, ordered by site id, then time
 * @param standards     each standard with its ratings pooled over every assessment, in questionnaire order
 * @param sections      each section likewise
 * @param overall       every standard rating and every criterion rating, pooled
 * @param readiness     each site's readiness verdict and placement, for readiness questionnaires
 * @param changes       per site and mode, the change of each standard from each cycle to the next
 * @param selfVsPeer    per site and cycle with both a self-assessment and a peer review, the gap per standard
 */
public record Comparison(QuestionnaireRef questionnaire, RuleSetRef ruleSet, List<MatrixRow> matrix,
                         List<PooledItem> standards, List<PooledItem> sections, Levels overall,
                         ReadinessSummary readiness, List<StandardChange> changes, List<SelfPeerGap> selfVsPeer) {

    public Comparison {
        matrix = List.copyOf(matrix);
        standards = List.copyOf(standards);
        sections = List.copyOf(sections);
        changes = List.copyOf(changes);
        selfVsPeer = List.copyOf(selfVsPeer);
    }

    /** The standard with id {@code standardId}, if any result rated it. */
    public Optional<PooledItem> standard(String standardId) {
        return standards.stream().filter(s -> s.id().equals(standardId)).findFirst();
    }

    /** The section with id {@code sectionId}, if any result rated it. */
    public Optional<PooledItem> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }
}
