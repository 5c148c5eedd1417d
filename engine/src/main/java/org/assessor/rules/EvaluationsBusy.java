package org.assessor.rules;

import org.assessor.AssessorException;

/**
 * Thrown when an evaluation is refused because its runner is full: as many sessions as it runs
 * at once are running and its queue of waiting evaluations is full too, or the evaluation waited
 * in the queue longer than the runner allows. Nothing about the submission or the rule set is
 * wrong; the same request can be sent again after {@link #retryAfterSeconds()}.
 */
public final class EvaluationsBusy extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final int retryAfterSeconds;

    public EvaluationsBusy(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** How many seconds a client is asked to wait before sending the request again. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
