package org.assessor.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** 303 to the sign-in page, which says the session has ended or that signing in is needed. */
public final class SignInRequiredMapper implements ExceptionMapper<SignInRequired> {

    @Override
    public Response toResponse(SignInRequired e) {
        return Pages.seeOther("/sign-in?ended=1");
    }
}
