package org.assessor;

/**
 * Base of every exception Assessor throws on purpose. Each subclass is named for what failed
 * ({@code NoSuchQuestionnaire}, {@code SubmissionInvalid}, {@code RuleSetInvalid}, ...) and is
 * unchecked; the HTTP layer maps each subclass to one status.
 */
public abstract class AssessorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected AssessorException(String message) {
        super(message);
    }

    protected AssessorException(String message, Throwable cause) {
        super(message, cause);
    }
}
