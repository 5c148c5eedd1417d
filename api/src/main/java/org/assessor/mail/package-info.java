/**
 * Sending e-mail, such as reminders to respondents who have not finished a questionnaire:
 * {@link org.assessor.mail.Mailer} is the one interface the rest of Assessor uses, and
 * {@link org.assessor.mail.SmtpMailer} implements it with Jakarta Mail (Eclipse Angus) over the
 * SMTP server that an {@link org.assessor.mail.SmtpConfig} names, parsed from the operator's
 * {@code --smtp} URL. A {@link org.assessor.mail.MailMessage} is one plain-text message to one
 * recipient, checked when it is made; a message that cannot be delivered to the server throws
 * {@link org.assessor.mail.MailFailed}.
 *
 * <p>Passwords never leave {@link org.assessor.mail.SmtpConfig} except to the SMTP server: no
 * {@code toString()}, exception message or log line of this package holds one.
 */
package org.assessor.mail;
