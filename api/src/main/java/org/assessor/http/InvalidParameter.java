package org.assessor.http;

import org.assessor.AssessorException;

/** Thrown when a query or path parameter has a value the API cannot accept. */
public final class InvalidParameter extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter's name. */
    public String parameter() {
        return parameter;
    }
}
