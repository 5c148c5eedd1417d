package org.assessor.rules.fact;

/**
 * Input fact: what kind of submission is being evaluated.
 *
 * @param questionnaireId the questionnaire answered
 * @param mode            {@code self} (respondents' answers) or {@code peer} (criterion ratings)
 * @param respondents     how many respondents answered; 0 in peer mode
 */
public record SubmissionFact(String questionnaireId, String mode, int respondents) {
}
