package org.assessor.verification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.result.AssessmentResult;
import org.assessor.result.StandardResult;
import org.assessor.rules.RuleProblem;

/**
 * Finds gaps by evaluating probe submissions: rated questions whose answers no rule classifies,
 * criteria no rule can rate, standards or the whole assessment left unrated when every
 * criterion is rated, and standards that are partly-met or not-met with no recommended action.
 */
final class GapCheck {
    private static final String WHERE = "(rule set)";

    private final Questionnaire questionnaire;
    private final Function<org.assessor.assessment.Submission, AssessmentResult> evaluate;

    GapCheck(Questionnaire questionnaire, Function<org.assessor.assessment.Submission, AssessmentResult> evaluate) {
        this.questionnaire = questionnaire;
        this.evaluate = evaluate;
    }

    List<RuleProblem> check() {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> classified = new HashSet<>();
        Set<String> rated = new HashSet<>();
        for (var probe : Probes.selfAssessments(questionnaire)) {
            AssessmentResult result = evaluate.apply(probe);
            result.standards().stream().flatMap(s -> s.criteria().stream()).forEach(c -> {
                if (!c.rating().equals(questionnaire.scale().notRated())) {
                    rated.add(c.id());
                }
                c.reasons().forEach(r -> r.answers().forEach(a -> classified.add(a.question())));
            });
        }
        for (Question q : questionnaire.questions().values()) {
            if (q.type().isRated() && !classified.contains(q.id())
                    && rated.contains(questionnaire.criterionOf(q.id()).id())) {
                problems.add(RuleProblem.inFile(WHERE, "gap: no rule classifies answers to question " + q.id()
                        + " (" + q.type().code() + "), so they never count towards criterion "
                        + questionnaire.criterionOf(q.id()).id()));
            }
        }
        questionnaire.criteria().keySet().stream().filter(c -> !rated.contains(c)).forEach(c ->
                problems.add(RuleProblem.inFile(WHERE, "gap: no rule rates criterion " + c + " from answers (tried"
                        + " every question answered high, middling and low; check its rating rules and the"
                        + " classification of its questions)")));
        questionnaire.scale().rated().forEach(level -> checkPeer(level, problems));
        return problems;
    }

    private void checkPeer(Rating everyCriterion, List<RuleProblem> problems) {
        AssessmentResult result = evaluate.apply(Probes.peerReview(questionnaire, everyCriterion));
        String when = "when every criterion is " + everyCriterion.code();
        for (StandardResult s : result.standards()) {
            if (s.rating().equals(questionnaire.scale().notRated())) {
                problems.add(RuleProblem.inFile(WHERE, "gap: standard " + s.id() + " is not rated " + when));
            } else if (s.rating().isRated() && !s.rating().equals(questionnaire.scale().top()) && s.actions().isEmpty()) {
                problems.add(RuleProblem.inFile(WHERE, "gap: standard " + s.id() + " is " + s.rating().code() + " "
                        + when + ", but no rule recommends an action for it"));
            }
        }
        if (result.overall().rating().equals(questionnaire.scale().notRated())) {
            problems.add(RuleProblem.inFile(WHERE, "gap: the assessment has no overall rating " + when));
        }
    }
}
