package org.assessor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Section;
import org.assessor.questionnaire.Standard;

/**
 * A section's question page: its questions grouped by standard and criterion, filled in with
 * what was saved (or, after a refused save, what was sent), and the errors of a refused save.
 *
 * @param round       the round
 * @param id          the section's id
 * @param title       its title
 * @param description its description (may be empty)
 * @param number      its place, from 1
 * @param count       how many sections there are
 * @param standards   its standards, each with its criteria and their questions
 * @param errors      the error summary's lines, in question order; empty for none
 */
public record RespondSection(RespondRound round, String id, String title, String description, int number,
                             int count, List<Group> standards, List<RespondErrorLink> errors) {

    /** A standard and its criteria; {@code description} is empty when it only repeats the title. */
    public record Group(String title, String description, List<Part> criteria) {
    }

    /** A criterion and its questions. */
    public record Part(String title, List<RespondQuestion> questions) {
    }

    /**
     * The page of {@code section} in {@code visit}, showing {@code entered} (question id → what to
     * show; absent: nothing) and {@code errors} (question id → message).
     */
    public static RespondSection of(RespondVisit visit, Section section, Map<String, AnswerForm.Entered> entered,
                                    Map<String, String> errors) {
        List<Group> groups = new ArrayList<>();
        List<RespondErrorLink> summary = new ArrayList<>();
        for (Standard standard : section.standards()) {
            List<Part> parts = new ArrayList<>();
            for (Criterion criterion : standard.criteria()) {
                List<RespondQuestion> questions = new ArrayList<>();
                for (Question question : criterion.questions()) {
                    RespondQuestion shown = RespondQuestion.of(question,
                            entered.getOrDefault(question.id(), AnswerForm.Entered.NOTHING), errors.get(question.id()));
                    questions.add(shown);
                    if (shown.error() != null) {
                        summary.add(new RespondErrorLink("#" + shown.fieldId(), shown.error()));
                    }
                }
                parts.add(new Part(criterion.title(), questions));
            }
            String description = standard.description() == null || standard.description().equals(standard.title())
                    ? "" : standard.description();
            groups.add(new Group(standard.title(), description, parts));
        }
        return new RespondSection(visit.round(), section.id(), section.title(),
                section.description() == null ? "" : section.description(),
                visit.questionnaire().sections().indexOf(section) + 1, visit.questionnaire().sections().size(),
                groups, summary);
    }

    /** What {@code section}'s saved answers in {@code visit} show in its form, by question id. */
    public static Map<String, AnswerForm.Entered> saved(RespondVisit visit, Section section) {
        Map<String, AnswerForm.Entered> saved = new LinkedHashMap<>();
        for (Question question : RespondVisit.questions(section)) {
            saved.put(question.id(), AnswerForm.Entered.saved(question, visit.sheet().answers().get(question.id())));
        }
        return saved;
    }

    /** The address the form posts to. */
    public String action() {
        return round.section(id);
    }
}
