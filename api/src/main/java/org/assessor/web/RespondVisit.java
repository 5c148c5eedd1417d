package org.assessor.web;

import java.util.List;
import java.util.Optional;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.Section;
import org.assessor.questionnaire.Standard;
import org.assessor.round.Invitation;
import org.assessor.round.Sheet;

/**
 * One request's view of a working link: what {@link org.assessor.app.RespondentService#sheet}
 * showed for it, the questionnaire it answers and the round in words.
 *
 * @param sheet         the link's sheet: round, invitation, answers so far
 * @param questionnaire the round's questionnaire, in the round's version
 * @param round         the round as the pages show it
 */
public record RespondVisit(Sheet sheet, Questionnaire questionnaire, RespondRound round) {

    /** True for an open (shared) link: it takes no answers, only makes personal links. */
    public boolean shared() {
        return sheet.invitation().kind() == Invitation.Kind.OPEN;
    }

    /** True once the answers are submitted and not reopened by the lead: they can no longer change. */
    public boolean locked() {
        return sheet.submitted() && sheet.invitation().status() != Invitation.Status.REOPENED;
    }

    /** True once anything has been saved through the link. */
    public boolean started() {
        return sheet.revision() > 0 || !sheet.answers().isEmpty();
    }

    /** The section {@code sectionId}, if the questionnaire has it. */
    public Optional<Section> section(String sectionId) {
        return questionnaire.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** The address to go to after saving {@code section}: the next section's, or check answers after the last. */
    public String after(Section section) {
        List<Section> sections = questionnaire.sections();
        int at = sections.indexOf(section);
        return at + 1 < sections.size() ? round.section(sections.get(at + 1).id()) : round.base() + "/check";
    }

    /** The section that asks {@code questionId}; the question must exist. */
    public Section sectionOf(String questionId) {
        return questionnaire.sectionOf(questionnaire.standardOf(questionnaire.criterionOf(questionId).id()).id());
    }

    /** Every question of {@code section}, in reading order. */
    public static List<Question> questions(Section section) {
        return section.standards().stream().map(Standard::criteria).flatMap(List::stream)
                .map(Criterion::questions).flatMap(List::stream).toList();
    }
}
