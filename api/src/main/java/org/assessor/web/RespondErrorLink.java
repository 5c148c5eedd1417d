package org.assessor.web;

/**
 * One line of an error summary: the message, and the address of the field it is about (a
 * fragment {@code #q-<question id>} on the same page, or another page's address with one).
 */
public record RespondErrorLink(String href, String text) {
}
