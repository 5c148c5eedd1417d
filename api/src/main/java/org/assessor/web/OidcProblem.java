package org.assessor.web;

/**
 * What the page shown when a sign-in through the organisation's provider did not go through says.
 *
 * @param lines    paragraphs, in order
 * @param tryAgain whether to offer signing in with the organisation's account again
 */
public record OidcProblem(java.util.List<String> lines, boolean tryAgain) {
}
