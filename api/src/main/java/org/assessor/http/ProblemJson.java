package org.assessor.http;

/** The media type of error responses (RFC 9457). */
public final class ProblemJson {
    /** {@code application/problem+json}. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }
}
