package org.assessor.api;

import org.assessor.questionnaire.Questionnaire;

/** The JSON of one questionnaire in the list: its latest version's id, version and title. */
public record QuestionnaireSummaryView(String id, String version, String title, String description) {

    /** The summary of {@code questionnaire}. */
    public static QuestionnaireSummaryView of(Questionnaire questionnaire) {
        return new QuestionnaireSummaryView(questionnaire.id(), questionnaire.version(), questionnaire.title(),
                questionnaire.description());
    }
}
