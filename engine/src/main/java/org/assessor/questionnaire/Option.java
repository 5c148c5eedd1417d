package org.assessor.questionnaire;

/** One option of a choice question: the id answers use, and the label respondents read. */
public record Option(String id, String label) {
}
