package org.assessor.questionnaire;

import java.util.List;
import org.assessor.AssessorException;

/** Thrown when a questionnaire definition file cannot be used; lists every problem found. */
public final class QuestionnaireInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public QuestionnaireInvalid(String source, List<String> problems) {
        super("questionnaire " + source + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the element at fault. */
    public List<String> problems() {
        return problems;
    }
}
