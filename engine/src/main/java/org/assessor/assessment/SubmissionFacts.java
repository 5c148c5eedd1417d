package org.assessor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            respondent.answers().forEach((questionId, value) -> addAnswer(facts, respondent,
                    questionnaire.question(questionId).orElseThrow(), questionnaire.criterionOf(questionId), value));
        }
        submission.ratings().forEach((id, rating) -> facts.add(questionnaire.standard(id).isPresent()
                ? new PeerStandardRatingFact(id, rating) : new PeerRatingFact(id, rating)));
        return facts;
    }

    /**
     * The input facts for {@code submission} that bear on the ratings of {@code criteria} alone:
     * the scale, those criteria (no standards or sections, so nothing is rolled up), the submission
     * and its respondents, the answers to their questions and the peer ratings of them. Under the
     * shared rating layers each of those criteria is rated from these as from all the facts
     * ({@link org.assessor.rules.ChangedCriteria}).
     */
    List<Object> of(Questionnaire questionnaire, Submission submission, Set<String> criteria) {
        List<Object> facts = new ArrayList<>();
        List<Criterion> rated = new ArrayList<>();
        facts.add(questionnaire.scale());
        for (Section section : questionnaire.sections()) {
            for (Standard standard : section.standards()) {
                for (Criterion criterion : standard.criteria()) {
                    if (criteria.contains(criterion.id())) {
                        rated.add(criterion);
                        facts.add(new CriterionFact(criterion.id(), standard.id(), section.id(),
                                criterion.ratedQuestionCount()));
                    }
                }
            }
        }
        facts.add(new SubmissionFact(questionnaire.id(), submission.mode().code(), submission.respondents().size()));
        for (Respondent respondent : submission.respondents()) {
            facts.add(new RespondentFact(respondent.id(), respondent.role()));
            for (Criterion criterion : rated) {
                for (Question question : criterion.questions()) {
                    AnswerValue value = respondent.answers().get(question.id());
                    if (value != null) {
                        addAnswer(facts, respondent, question, criterion, value);
                    }
                }
            }
        }
        submission.ratings().forEach((id, rating) -> {
            if (criteria.contains(id)) {
                facts.add(new PeerRatingFact(id, rating));
            }
        });
        return facts;
    }

    /** Adds the fact of {@code respondent}'s answer {@code value} to {@code question}, if it is rated. */
    private static void addAnswer(List<Object> facts, Respondent respondent, Question question, Criterion criterion,
                                  AnswerValue value) {
        if (!question.type().isRated() || AnswerChecker.DONT_KNOW.equals(value.text())) {
            return;
        }
        if (AnswerChecker.NOT_APPLICABLE.equals(value.text())) {
            facts.add(new NotApplicableAnswer(respondent.id(), question.id(), criterion.id(), question.type().code()));
        } else {
            facts.add(new AnswerFact(respondent.id(), question.id(), criterion.id(), question.type().code(),
                    value.display(), value.isNumber() ? value.number().doubleValue() : 0));
        }
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
