package org.assessor.rules.fact;

import java.util.List;
import org.assessor.core.Level;
import org.assessor.core.RatingScale;

/**
 * The pooled evidence of one respondent for one criterion: how many of its rated questions
 * they answered, how many of those apply, and the share of the available points the
 * applicable answers earned. The points of each answer level are the rule set's policy
 * ({@link PolicyValues#points(Level)}); an applicable answer can earn at most the points of a
 * positive one.
 *
 * @param expected   rated questions the criterion has
 * @param answered   questions this respondent answered
 * @param applicable answered questions that were not marked not-applicable
 * @param points     points earned by the applicable answers
 * @param available  the most the applicable answers could earn: {@code applicable} × the points of a positive answer
 * @param share      {@code points / available}, from 0 to 1; 0 when nothing applies
 * @param coverage   {@code answered / expected}, from 0 to 1
 * @param answers    the classified answers, in question order
 * @param scale      the questionnaire's rating scale, so that rules can rate the evidence by a
 *                   level's code ({@link RespondentRating#of(CriterionEvidence, String)})
 */
@PerAnswer
public record CriterionEvidence(String respondentId, String criterionId, int expected, int answered,
                                int applicable, double points, double available, double share, double coverage,
                                List<AnswerLevel> answers, RatingScale scale) {
    private static final java.util.Comparator<AnswerLevel> BY_QUESTION =
            java.util.Comparator.comparing(AnswerLevel::questionId);

    public CriterionEvidence {
        answers = List.copyOf(answers);
    }

    /**
     * Pools the classified answers {@code levels} (elements of type {@link AnswerLevel}) of one
     * respondent for {@code criterion}, with the points {@code policy} gives each level; its
     * ratings are levels of {@code scale}.
     */
    public static CriterionEvidence of(String respondentId, CriterionFact criterion, List<?> levels,
                                       PolicyValues policy, RatingScale scale) {
        AnswerLevel[] answers = new AnswerLevel[levels.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = (AnswerLevel) levels.get(i);
        }
        java.util.Arrays.sort(answers, BY_QUESTION);
        int applicable = 0;
        double points = 0;
        for (AnswerLevel answer : answers) {
            if (answer.level() != Level.NOT_APPLICABLE) {
                applicable++;
                points += policy.points(answer.level());
            }
        }
        double available = applicable * policy.points(Level.POSITIVE);
        double share = applicable == 0 || available <= 0 ? 0.0 : points / available;
        int expected = Math.max(criterion.ratedQuestions(), 1);
        double coverage = Math.min(1.0, answers.length / (double) expected);
        return new CriterionEvidence(respondentId, criterion.id(), criterion.ratedQuestions(), answers.length,
                applicable, points, available, share, coverage, List.of(answers), scale);
    }

    /**
     * Hashes the respondent, criterion and counts only: truth maintenance hashes every logical
     * insertion, and the answers add cost without telling equal evidence apart in practice.
     * Consistent with {@link #equals}, which still compares every component.
     */
    @Override
    public int hashCode() {
        return (((respondentId.hashCode() * 31 + criterionId.hashCode()) * 31 + answered) * 31 + applicable) * 31
                + Double.hashCode(points);
    }
}
