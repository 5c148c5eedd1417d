package org.assessor.access;

import org.assessor.AssessorException;

/** Thrown when the caller is known but its role may not do what it asked (403). */
public final class AccessDenied extends AssessorException {
    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(message);
    }
}
