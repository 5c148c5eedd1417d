package org.assessor.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One respondent of a self-assessment: an id unique in the submission, the role they answered
 * in, and their answers by question id (unanswered questions are absent).
 */
public record Respondent(String id, String role, Map<String, AnswerValue> answers) {

    public Respondent {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
