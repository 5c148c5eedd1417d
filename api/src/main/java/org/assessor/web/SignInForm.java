package org.assessor.web;

/** The sign-in page's form: the username as typed, and an error or a notice to show (null for none). */
public record SignInForm(String username, String error, String notice) {
}
