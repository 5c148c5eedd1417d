package org.assessor.assessment;

import java.util.List;
import org.assessor.agreement.Agreement;
import org.assessor.agreement.RoleRating;
import org.assessor.agreement.StandardAgreement;
import org.assessor.core.RatingScale;
import org.assessor.result.CriterionResult;
import org.assessor.result.RespondentRatingView;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.PolicyTable;

/**
 * Whether a result measures agreement between respondents, and with which threshold. Agreement
 * is measured in self-assessments with two or more respondents; a peer review (one rating given
 * per criterion) and a single respondent have nothing to agree on, and their results carry none.
 * The threshold is the rule set's policy value {@code agreement low below}, or
 * {@link Agreement#DEFAULT_LOW_BELOW} where its {@code policy.csv} has none. Immutable.
 */
final class AgreementMeasure {
    private final RatingScale scale;
    private final boolean measured;
    private final double lowBelow;

    private AgreementMeasure(RatingScale scale, boolean measured, double lowBelow) {
        this.scale = scale;
        this.measured = measured;
        this.lowBelow = lowBelow;
    }

    /** The measure for {@code submission}, rated on {@code scale} under {@code ruleSet}. */
    static AgreementMeasure of(RatingScale scale, Submission submission, CompiledRuleSet ruleSet) {
        return new AgreementMeasure(scale, submission.mode() == Mode.SELF && submission.respondents().size() > 1,
                ruleSet.policy().asMap().getOrDefault(PolicyTable.AGREEMENT_LOW_BELOW, Agreement.DEFAULT_LOW_BELOW));
    }

    /** The agreement of a criterion's respondent ratings; null where agreement is not measured. */
    Agreement criterion(List<RespondentRatingView> respondents) {
        return measured ? Agreement.of(scale, respondents.stream()
                .map(r -> new RoleRating(r.role(), r.rating())).toList(), lowBelow) : null;
    }

    /** The agreement of a standard with {@code criteria}; null where not measured or no criterion has an index. */
    StandardAgreement standard(List<CriterionResult> criteria) {
        return measured ? StandardAgreement.of(criteria.stream().map(CriterionResult::agreement).toList(), lowBelow)
                : null;
    }

    /** The threshold, as the result records it; null where agreement is not measured. */
    Double lowBelow() {
        return measured ? lowBelow : null;
    }
}
