package org.assessor.result;

/**
 * One answer a rule used: the question, the answer given, and what the classification layer
 * made of it ({@code positive}, {@code partial}, {@code negative}, {@code not-applicable}).
 */
public record UsedAnswer(String question, String value, String level) {
}
