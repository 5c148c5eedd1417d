package org.assessor.mail;

import java.util.Objects;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One plain-text e-mail to one recipient, checked when it is made so that sending never fails
 * for the message's own sake.
 *
 * @param to      the recipient's address alone, e.g. {@code sian@example.org} (RFC 822 syntax,
 *                strictly checked; no name and no angle brackets)
 * @param toName  the recipient's name as it should appear beside the address, e.g. {@code Siân Ó
 *                Briain} (any language; sent encoded); null for none
 * @param subject the subject, one line: no CR or LF, so it cannot add headers
 * @param body    the text, sent as UTF-8; lines may end in LF or CRLF
 */
public record MailMessage(String to, String toName, String subject, String body) {

    /**
     * Checks the message.
     *
     * @throws IllegalArgumentException if {@code to} is not one valid address alone, or the
     *                                  subject or the name holds a line break
     */
    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        checkAddress(to);
        checkOneLine("subject", subject);
        if (toName != null) {
            checkOneLine("recipient name", toName);
        }
    }

    /** A message to {@code to}, shown without a name. */
    public MailMessage(String to, String subject, String body) {
        this(to, null, subject, body);
    }

    private static void checkAddress(String to) {
        try {
            InternetAddress parsed = new InternetAddress(to, true);
            parsed.validate();
            if (!parsed.getAddress().equals(to)) {
                throw new IllegalArgumentException("the recipient must be an address alone, e.g. sian@example.org,"
                        + " not \"" + to + "\"; give the name as toName");
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("\"" + to + "\" is not an e-mail address (" + e.getMessage()
                    + "); write it as name@domain, e.g. sian@example.org", e);
        }
    }

    private static void checkOneLine(String what, String text) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the " + what + " must be one line, without CR or LF");
        }
    }
}
