package org.assessor.result;

/** The rule-set version a result was made under, and the hash of its content. */
public record RuleSetRef(String questionnaireId, String version, String hash) {
}
