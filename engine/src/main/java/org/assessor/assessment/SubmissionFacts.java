package org.assessor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.Section;
import org.assessor.questionnaire.Standard;
import org.assessor.rules.fact.AnswerFact;
import org.assessor.rules.fact.CriterionFact;
import org.assessor.rules.fact.NotApplicableAnswer;
import org.assessor.rules.fact.PeerRatingFact;
import org.assessor.rules.fact.PeerStandardRatingFact;
import org.assessor.rules.fact.RespondentFact;
import org.assessor.rules.fact.SectionFact;
import org.assessor.rules.fact.StandardFact;
import org.assessor.rules.fact.SubmissionFact;

/**
 * Turns a checked submission into the input facts of a rule set: the questionnaire's rating
 * scale and structure (sections, standards, criteria), the submission, and its respondents and rated answers, or
 * its peer ratings. Evidence text and {@code dont-know} answers are not rated and so are not
 * facts; {@code not-applicable} answers are {@link NotApplicableAnswer}s. Thread-safe.
 */
final class SubmissionFacts {
    private final Map<Questionnaire, List<Object>> structures = new ConcurrentHashMap<>();

    /** The input facts for {@code submission}, which must have been checked against {@code questionnaire}. */
    List<Object> of(Questionnaire questionnaire, Submission submission) {
        List<Object> facts = new ArrayList<>(structure(questionnaire));
        facts.add(new SubmissionFact(questionnaire.id(), submission.mode().code(), submission.respondents().size()));
        for (Respondent respondent : submission.respondents()) {
            facts.add(new RespondentFact(respondent.id(), respondent.role()));
            respondent.answers().forEach((questionId, value) -> {
                Question question = questionnaire.question(questionId).orElseThrow();
                String criterionId = questionnaire.criterionOf(questionId).id();
                if (!question.type().isRated() || AnswerChecker.DONT_KNOW.equals(value.text())) {
                    return;
                }
                if (AnswerChecker.NOT_APPLICABLE.equals(value.text())) {
                    facts.add(new NotApplicableAnswer(respondent.id(), questionId, criterionId, question.type().code()));
                } else {
                    facts.add(new AnswerFact(respondent.id(), questionId, criterionId, question.type().code(),
                            value.display(), value.isNumber() ? value.number().doubleValue() : 0));
                }
            });
        }
        submission.ratings().forEach((id, rating) -> facts.add(questionnaire.standard(id).isPresent()
                ? new PeerStandardRatingFact(id, rating) : new PeerRatingFact(id, rating)));
        return facts;
    }

    private List<Object> structure(Questionnaire questionnaire) {
        return structures.computeIfAbsent(questionnaire, q -> {
            List<Object> facts = new ArrayList<>();
            facts.add(q.scale());
            for (Section section : q.sections()) {
                facts.add(new SectionFact(section.id()));
                for (Standard standard : section.standards()) {
                    facts.add(new StandardFact(standard.id(), section.id()));
                    for (Criterion criterion : standard.criteria()) {
                        facts.add(new CriterionFact(criterion.id(), standard.id(), section.id(),
                                criterion.ratedQuestionCount()));
                    }
                }
            }
            return List.copyOf(facts);
        });
    }
}
