package org.assessor.mail;

import org.assessor.AssessorException;

/**
 * Thrown when a mail server did not accept a message: its message names the server and says why
 * (unreachable, no answer in time, login or TLS refused, message refused), never a password.
 */
public final class MailFailed extends AssessorException {
    private static final long serialVersionUID = 1L;

    public MailFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
