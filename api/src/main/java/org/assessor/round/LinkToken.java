package org.assessor.round;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a respondent's link: 256 bits from {@link SecureRandom}, written in 43 URL-safe
 * base64 characters. It is shown once, when the link is made, and never stored or logged: the
 * database keeps two SHA-256 hashes of it, each with its own prefix, one to find the invitation
 * ({@link #invitationHash}) and one to key the response ({@link #responseKey}), so that neither
 * can be worked out from the other. {@code toString} does not show the secret.
 */
public final class LinkToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int BYTES = 32;

    private final String secret;

    private LinkToken(String secret) {
        this.secret = secret;
    }

    /** A new random token. */
    public static LinkToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token written as {@code text}, if it has the form of one; else null. */
    public static LinkToken parse(String text) {
        return text != null && FORM.matcher(text).matches() ? new LinkToken(text) : null;
    }

    /** The secret, for the link shown to the lead or sent to the respondent. */
    public String secret() {
        return secret;
    }

    /** The hash the invitation is stored and found by. */
    public String invitationHash() {
        return sha256("invitation:" + secret);
    }

    /** The key the response made through this link is stored under. */
    public String responseKey() {
        return sha256("response:" + secret);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "LinkToken[hidden]";
    }
}
