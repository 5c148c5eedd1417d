package org.assessor.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of a criterion.
 *
 * @param id            stable id, unique in the questionnaire; answers are keyed by it
 * @param text          the question as respondents read it
 * @param help          guidance on answering, and the evidence that would support an answer
 * @param type          how it is answered
 * @param notApplicable whether {@code not-applicable} is an accepted answer
 * @param min           smallest accepted number (number questions only)
 * @param max           largest accepted number (number questions only)
 * @param unit          unit shown beside a number, e.g. {@code %}; may be null
 * @param options       the options of a choice question; empty otherwise
 * @param maxLength     longest accepted evidence text, in characters (evidence questions only)
 */
public record Question(String id, String text, String help, QuestionType type, boolean notApplicable,
                       Double min, Double max, String unit, List<Option> options, int maxLength) {

    public Question {
        options = List.copyOf(options);
    }

    /** The option with id {@code optionId}, if this is a choice question that has it. */
    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
