package org.assessor.questionnaire;

import org.assessor.AssessorException;

/** Thrown when a questionnaire id, or a version of it, is not known. */
public final class NoSuchQuestionnaire extends AssessorException {
    private static final long serialVersionUID = 1L;

    public NoSuchQuestionnaire(String message) {
        super(message);
    }
}
