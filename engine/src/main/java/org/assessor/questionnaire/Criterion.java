package org.assessor.questionnaire;

import java.util.List;

/** One criterion of a standard, rated from the answers to its questions. */
public record Criterion(String id, String title, String description, List<Question> questions) {

    public Criterion {
        questions = List.copyOf(questions);
    }

    /** How many of its questions are rated (all but evidence questions). */
    public int ratedQuestionCount() {
        return (int) questions.stream().filter(q -> q.type().isRated()).count();
    }
}
