package org.assessor.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Section;

/**
 * "Check your answers": every section's questions with the answer saved ("Not answered" for
 * none) and a Change link to the question on its page, then the form that submits.
 *
 * @param round    the round
 * @param sections one per section, in order
 * @param errors   the error summary after a refused submission: each question still to answer,
 *                 linking to it on its page; empty for none
 */
public record RespondCheck(RespondRound round, List<Part> sections, List<RespondErrorLink> errors) {

    /** A section's rows. */
    public record Part(String title, List<Row> rows) {
    }

    /**
     * One question.
     *
     * @param question the question's text
     * @param answer   the answer in words, line by line (evidence may have several); empty if not answered
     * @param optional true for a question that need not be answered (free-text evidence)
     * @param change   the address of the question on its page
     */
    public record Row(String question, List<String> answer, boolean optional, String change) {
        /** True if the question has an answer. */
        public boolean answered() {
            return !answer.isEmpty();
        }
    }

    /** The check page for {@code visit}, listing {@code missing} (question ids) as errors. */
    public static RespondCheck of(RespondVisit visit, List<String> missing) {
        List<Part> parts = new ArrayList<>();
        for (Section section : visit.questionnaire().sections()) {
            List<Row> rows = new ArrayList<>();
            for (Question question : RespondVisit.questions(section)) {
                JsonNode answer = visit.sheet().answers().get(question.id());
                List<String> words = answer == null || answer.isNull() ? List.of()
                        : AnswerText.label(question, answer).lines().toList();
                rows.add(new Row(question.text(), words, !question.type().isRated(),
                        visit.round().section(section.id()) + "#q-" + question.id()));
            }
            parts.add(new Part(section.title(), rows));
        }
        List<RespondErrorLink> errors = new ArrayList<>();
        for (String id : missing) {
            visit.questionnaire().question(id).ifPresent(q -> errors.add(new RespondErrorLink(
                    visit.round().section(visit.sectionOf(id).id()) + "#q-" + id, AnswerText.missing(q))));
        }
        return new RespondCheck(visit.round(), parts, errors);
    }
}
