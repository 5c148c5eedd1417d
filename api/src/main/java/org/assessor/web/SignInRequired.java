package org.assessor.web;

import org.assessor.AssessorException;

/** A page that needs a signed-in person was asked for without one (or after the session timed out). */
public final class SignInRequired extends AssessorException {
    private static final long serialVersionUID = 1L;

    public SignInRequired() {
        super("sign in to see this page");
    }
}
