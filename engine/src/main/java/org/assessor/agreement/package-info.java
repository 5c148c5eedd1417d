/**
 * Agreement between the respondents of a self-assessment: how far the people who answered for a
 * site rated a criterion alike, which the consolidated rating alone hides.
 *
 * <p>{@link org.assessor.agreement.Agreement#of} takes a criterion's respondent ratings (each with
 * the respondent's role) on the questionnaire's {@link org.assessor.core.RatingScale} and gives
 * the spread over the scale's rated levels, how many rated, each role group's rating, and the
 * within-group agreement index r<sub>wg</sub> of James, Demaree and Wolf (1984), computed by
 * {@link org.assessor.agreement.WithinGroupAgreement}. {@link org.assessor.agreement.StandardAgreement}
 * averages a standard's criteria. An index below the rule set's policy value
 * {@code agreement low below} is flagged low. Pure functions of their inputs; every type is
 * immutable and independent of Drools, storage and JSON.
 */
package org.assessor.agreement;
