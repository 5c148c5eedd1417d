package org.assessor.mail;

/** Sends e-mail. Implementations are thread-safe. */
public interface Mailer {

    /**
     * Hands {@code message} to the mail server for delivery; when this returns, the server has
     * accepted it (delivery to the recipient's mailbox may still fail later, out of sight).
     *
     * @throws MailFailed if the server could not be reached, refused the login or the message, or
     *                    did not answer in time; then the message was not accepted
     */
    void send(MailMessage message);
}
