package org.assessor.web;

/**
 * The sign-in page's form: the username as typed, and an error or a notice to show (null for
 * none); whether to offer signing in with the organisation's account too.
 */
public record SignInForm(String username, String error, String notice, boolean organisationSignIn) {
}
