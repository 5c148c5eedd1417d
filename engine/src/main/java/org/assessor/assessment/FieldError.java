package org.assessor.assessment;

/**
 * One thing wrong with a submission: where ({@code pointer}, an RFC 6901 JSON pointer into the
 * submitted document, e.g. {@code /respondents/0/answers/2.4.a.1}) and why.
 */
public record FieldError(String pointer, String message) {
}
