package org.assessor;

/** Thrown when a request body or file is not well-formed JSON, or breaks a size or depth limit. */
public final class MalformedJson extends AssessorException {
    private static final long serialVersionUID = 1L;

    public MalformedJson(String message, Throwable cause) {
        super(message, cause);
    }
}
