package org.assessor.store;

import org.assessor.AssessorException;

/**
 * Thrown when no assessment has the id asked for. The message names the id only: it never says
 * whether an assessment exists that the caller may not see.
 */
public final class NoSuchAssessment extends AssessorException {
    private static final long serialVersionUID = 1L;

    public NoSuchAssessment(String id) {
        super("no assessment '" + id + "'");
    }
}
