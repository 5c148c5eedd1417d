package org.assessor.app;

import org.assessor.AssessorException;

/**
 * Thrown when a rule-set request cannot be done in the version's present state: uploading
 * different content under a version that exists, retiring the active version, re-evaluating
 * under a version written for another questionnaire version.
 */
public final class RuleSetConflict extends AssessorException {
    private static final long serialVersionUID = 1L;

    public RuleSetConflict(String message) {
        super(message);
    }
}
