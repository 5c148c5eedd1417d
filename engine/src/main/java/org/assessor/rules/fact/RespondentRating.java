package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Rating outcome: how one respondent's answers rate one criterion, and the evidence used. */
@PerAnswer
public record RespondentRating(String respondentId, String criterionId, Rating rating,
                               CriterionEvidence evidence) {

    /** The level {@code code} of the evidence's scale given to {@code evidence}: how threshold tables rate. */
    public static RespondentRating of(CriterionEvidence evidence, String code) {
        return of(evidence, evidence.scale().level(code));
    }

    /** The rating {@code rating} given to the evidence {@code evidence}. */
    public static RespondentRating of(CriterionEvidence evidence, Rating rating) {
        return new RespondentRating(evidence.respondentId(), evidence.criterionId(), rating, evidence);
    }

    /** Hashes the identifying components only; consistent with {@link #equals}. See {@link CriterionEvidence#hashCode()}. */
    @Override
    public int hashCode() {
        return (respondentId.hashCode() * 31 + criterionId.hashCode()) * 31 + rating.hashCode();
    }
}
