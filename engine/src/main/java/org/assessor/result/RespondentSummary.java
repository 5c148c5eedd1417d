package org.assessor.result;

/** Who answered a self-assessment, and how many of the rated questions each answered. */
public record RespondentSummary(String id, String role, int answered) {
}
