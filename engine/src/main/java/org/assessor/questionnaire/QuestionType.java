package org.assessor.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a questionnaire may ask, by their {@link #code()} in definitions. */
public enum QuestionType {
    /** {@code yes}, {@code partly} or {@code no}. */
    YES_PARTLY_NO("yes-partly-no"),
    /** A 5-point agreement scale: 1 strongly disagree … 5 strongly agree. */
    AGREEMENT("agreement"),
    /** A number within the question's {@code min} and {@code max}. */
    NUMBER("number"),
    /** One of the question's options, by option id. */
    CHOICE("choice"),
    /** Free-text evidence: stored and shown, never rated. */
    EVIDENCE("evidence");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** The type's name in questionnaire definitions and answer facts. */
    public String code() {
        return code;
    }

    /** True for every type but evidence: answers of these types are classified and rated. */
    public boolean isRated() {
        return this != EVIDENCE;
    }

    /** The type whose {@link #code()} is {@code code}, if any. */
    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
