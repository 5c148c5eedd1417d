package org.assessor.store;

import org.assessor.AssessorException;
import org.assessor.rules.RuleSetId;

/** Thrown when a rule-set version is to be added under an id the database already has. */
public final class RuleSetVersionExists extends AssessorException {
    private static final long serialVersionUID = 1L;

    public RuleSetVersionExists(RuleSetId id, Throwable cause) {
        super("rule set " + id + " is already stored", cause);
    }
}
