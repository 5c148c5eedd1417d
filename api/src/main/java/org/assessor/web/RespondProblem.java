package org.assessor.web;

/**
 * A page saying why a respondent's request cannot be done: the link does not work, the round
 * is not taking answers, too many attempts. Its text never repeats the link.
 *
 * @param message what happened, in a sentence
 * @param advice  what to do next, in a sentence
 * @param back    an address to go on to, or null for none
 * @param backText the words of that link, or null
 */
public record RespondProblem(String message, String advice, String back, String backText) {
}
