/**
 * The facts that rule sets reason over, and the only types a rule file may use.
 *
 * <p>Input facts ({@code SectionFact}, {@code StandardFact}, {@code CriterionFact},
 * {@code SubmissionFact}, {@code RespondentFact}, {@code AnswerFact}, {@code PeerRatingFact}) are
 * inserted by the engine. Every other type is an outcome that rules insert with
 * {@code insertLogical}, layer by layer: classify answers ({@code AnswerLevel}), pool evidence
 * and rate criteria per respondent ({@code CriterionEvidence}, {@code RespondentRating}),
 * consolidate respondents ({@code CriterionVotes}, {@code CriterionRating},
 * {@code Disagreement}), roll up ({@code StandardTally}, {@code ProvisionalStandardRating},
 * {@code StandardCap}, {@code StandardRating}, {@code SectionTally}, {@code SectionRating},
 * {@code OverallTally}, {@code OverallRating}) and recommend ({@code RecommendedAction},
 * {@code Outcome}, e.g. a readiness verdict and placement).
 *
 * <p>All facts are immutable records; rules never modify a fact, they insert new ones. Because
 * outcomes are inserted logically, a rule that re-fires on fuller evidence replaces its earlier
 * outcome, so the result does not depend on the order in which rules fire.
 */
package org.assessor.rules.fact;
