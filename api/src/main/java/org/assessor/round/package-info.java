/**
 * Collection rounds, as data: a {@link org.assessor.round.Round} of a site's respondents answering
 * one questionnaire for one cycle, the {@link org.assessor.round.Invitation}s that let each answer
 * through a link of their own ({@link org.assessor.round.LinkToken}), and each respondent's
 * {@link org.assessor.round.Response}, saved as they go. The services that run rounds are in
 * {@code org.assessor.app}; the tables in {@code org.assessor.store}.
 */
package org.assessor.round;
