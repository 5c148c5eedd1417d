package org.assessor.rules;

import org.assessor.AssessorException;

/**
 * Thrown when the rules of a rule set fail while evaluating: a consequence threw, or the rules
 * went past their firing limit or time budget (usually a rule that keeps re-activating itself).
 */
public final class EvaluationAborted extends AssessorException {
    private static final long serialVersionUID = 1L;

    public EvaluationAborted(String message) {
        super(message);
    }

    public EvaluationAborted(String message, Throwable cause) {
        super(message, cause);
    }
}
