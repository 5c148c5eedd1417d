package org.assessor.rules;

import org.assessor.AssessorException;

/** Thrown when a rule-set version, or an active rule set for a questionnaire, is not known. */
public final class NoSuchRuleSet extends AssessorException {
    private static final long serialVersionUID = 1L;

    public NoSuchRuleSet(String message) {
        super(message);
    }
}
