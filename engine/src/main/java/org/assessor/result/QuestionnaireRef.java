package org.assessor.result;

/** The questionnaire version a result answers. */
public record QuestionnaireRef(String id, String version, String title) {
}
