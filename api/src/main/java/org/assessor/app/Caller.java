package org.assessor.app;

import java.util.Objects;

/**
 * Who is asking: the identity recorded in the audit log for what they do. The HTTP layer makes
 * it from the request (see {@code org.assessor.http.Callers}); until access control exists,
 * everyone is {@link #LOCAL}.
 *
 * @param id the identity, e.g. {@code local}, or a token's name once tokens exist
 */
public record Caller(String id) {
    /** Anyone, while the server runs without access control. */
    public static final Caller LOCAL = new Caller("local");
    private static final int MAX_LENGTH = 200;

    public Caller {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a caller's id is 1 to " + MAX_LENGTH + " characters");
        }
    }
}
