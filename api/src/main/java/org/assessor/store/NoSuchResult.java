package org.assessor.store;

import org.assessor.AssessorException;

/** Thrown when an assessment has no result with the number asked for. */
public final class NoSuchResult extends AssessorException {
    private static final long serialVersionUID = 1L;

    public NoSuchResult(String assessmentId, int number) {
        super("assessment '" + assessmentId + "' has no result " + number);
    }
}
