package org.assessor.result;

import java.util.List;
import java.util.Optional;


/** The readiness verdict and suggested placement of a readiness-for-change assessment, with the rule. */
public record Readiness(Verdict verdict, Placement placement, String rule) {
    /** The outcome that carries the verdict: the name a readiness questionnaire declares it under. */
    public static final String VERDICT = "verdict";
    /** The outcome that carries the placement. */
    public static final String PLACEMENT = "placement";

    /**
     * The readiness that the outcomes {@code verdict} and {@code placement} of a result say, with
     * the rule that concluded the verdict; null unless both are there with values of the readiness
     * scale. Readiness is a view of two named outcomes, kept for the contract fields
     * {@code readiness.verdict}, {@code readiness.placement} and {@code readiness.rule}.
     */
    public static Readiness of(List<OutcomeResult> outcomes) {
        Optional<OutcomeResult> verdict = outcomes.stream().filter(o -> o.name().equals(VERDICT)).findFirst();
        Optional<OutcomeResult> placement = outcomes.stream().filter(o -> o.name().equals(PLACEMENT)).findFirst();
        if (verdict.isEmpty() || placement.isEmpty()) {
            return null;
        }
        Optional<Verdict> v = Verdict.fromCode(verdict.get().value());
        Optional<Placement> p = Placement.fromCode(placement.get().value());
        return v.isPresent() && p.isPresent() ? new Readiness(v.get(), p.get(), verdict.get().rule()) : null;
    }
}
