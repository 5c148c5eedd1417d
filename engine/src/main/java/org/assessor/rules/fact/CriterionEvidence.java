package org.assessor.rules.fact;

import java.util.List;

/**
 * The pooled evidence of one respondent for one criterion: how many of its rated questions
 * they answered, how many of those apply, and the share of the available points the
 * applicable answers earned (positive 2, partial 1, negative 0).
 *
 * @param expected   rated questions the criterion has
 * @param answered   questions this respondent answered
 * @param applicable answered questions that were not marked not-applicable
 * @param points     points earned by the applicable answers
 * @param share      {@code points / (2 × applicable)}, from 0 to 1; 0 when nothing applies
 * @param coverage   {@code answered / expected}, from 0 to 1
 * @param answers    the classified answers, in question order
 */
@PerAnswer
public record CriterionEvidence(String respondentId, String criterionId, int expected, int answered,
                                int applicable, int points, double share, double coverage,
                                List<AnswerLevel> answers) {
    private static final java.util.Comparator<AnswerLevel> BY_QUESTION =
            java.util.Comparator.comparing(AnswerLevel::questionId);

    public CriterionEvidence {
        answers = List.copyOf(answers);
    }

    /**
     * Pools the classified answers {@code levels} (elements of type {@link AnswerLevel}) of one
     * respondent for {@code criterion}.
     */
    public static CriterionEvidence of(String respondentId, CriterionFact criterion, List<?> levels) {
        AnswerLevel[] answers = new AnswerLevel[levels.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = (AnswerLevel) levels.get(i);
        }
        java.util.Arrays.sort(answers, BY_QUESTION);
        int applicable = 0;
        int points = 0;
        for (AnswerLevel answer : answers) {
            if (answer.level() != Level.NOT_APPLICABLE) {
                applicable++;
            }
            points += answer.level().getPoints();
        }
        double share = applicable == 0 ? 0.0 : points / (2.0 * applicable);
        int expected = Math.max(criterion.ratedQuestions(), 1);
        double coverage = Math.min(1.0, answers.length / (double) expected);
        return new CriterionEvidence(respondentId, criterion.id(), criterion.ratedQuestions(), answers.length,
                applicable, points, share, coverage, List.of(answers));
    }

    /**
     * Hashes the respondent, criterion and counts only: truth maintenance hashes every logical
     * insertion, and the answers add cost without telling equal evidence apart in practice.
     * Consistent with {@link #equals}, which still compares every component.
     */
    @Override
    public int hashCode() {
        return (((respondentId.hashCode() * 31 + criterionId.hashCode()) * 31 + answered) * 31 + applicable) * 31
                + points;
    }
}
