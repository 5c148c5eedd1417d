package org.assessor.rules;

import java.util.Objects;

/** Names one rule-set version: the questionnaire it rates and its version. */
public record RuleSetId(String questionnaireId, String version) {

    public RuleSetId {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return questionnaireId + "/" + version;
    }
}
