package org.assessor.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.assessment.AnswerValue;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Respondent;
import org.assessor.assessment.Site;
import org.assessor.assessment.Submission;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;

/**
 * Synthetic submissions that exercise every question and every criterion of a questionnaire:
 * self-assessments answering everything high, middling and low (cycling through every choice
 * option), and peer reviews rating every criterion the same.
 */
final class Probes {
    private static final Site SITE = new Site("probe", "Probe");

    private Probes() {
    }

    /** Self-assessments with one respondent who answers every rated question; at least three. */
    static List<Submission> selfAssessments(Questionnaire questionnaire) {
        int rounds = Math.max(3, questionnaire.questions().values().stream()
                .mapToInt(q -> q.options().size()).max().orElse(0));
        List<Submission> probes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            for (Question q : questionnaire.questions().values()) {
                if (q.type().isRated()) {
                    answers.put(q.id(), answer(q, round));
                }
            }
            probes.add(new Submission(questionnaire.id(), questionnaire.version(), SITE, Mode.SELF, null,
                    List.of(new Respondent("r1", "other", answers)), Map.of(), null));
        }
        return probes;
    }

    /** A peer review rating every criterion {@code rating}. */
    static Submission peerReview(Questionnaire questionnaire, Rating rating) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        questionnaire.criteria().keySet().forEach(c -> ratings.put(c, rating));
        return new Submission(questionnaire.id(), questionnaire.version(), SITE, Mode.PEER, null, List.of(), ratings,
                null);
    }

    private static AnswerValue answer(Question q, int round) {
        int step = round % 3;
        return switch (q.type()) {
            case YES_PARTLY_NO -> AnswerValue.text(new String[] {"yes", "partly", "no"}[step]);
            case AGREEMENT -> AnswerValue.number(BigDecimal.valueOf(new int[] {5, 3, 1}[step]));
            case NUMBER -> AnswerValue.number(BigDecimal.valueOf(
                    step == 0 ? q.max() : step == 2 ? q.min() : Math.floor((q.min() + q.max()) / 2)));
            case CHOICE -> AnswerValue.text(q.options().get(round % q.options().size()).id());
            case EVIDENCE -> throw new IllegalArgumentException("evidence is not rated");
        };
    }
}
