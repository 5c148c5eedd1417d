package org.assessor.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.assessor.AssessorException;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.store.ScannedAssessment;

/**
 * One impact analysis's comparison of stored assessments, one at a time from many threads: each is
 * rated under the baseline (its stored ratings where it was rated with it) and the candidate, and
 * counted in the tally. What it evaluates under the candidate depends on what is known of it:
 * <ul>
 *   <li>{@code changed} empty (it cannot be told which criteria the candidate can rate differently):
 *       a full rating;</li>
 *   <li>an empty set (the candidate rates everything as the baseline does): nothing;</li>
 *   <li>some criteria: those criteria alone, from the facts that bear on them; where they keep
 *       their baseline ratings nothing else can move, and only otherwise a full rating.</li>
 * </ul>
 * With {@code full} every assessment is read afresh and fully evaluated under both, for checking
 * the others against. Thread-safe.
 */
final class ImpactComparison {
    private final Evaluator evaluator;
    private final SubmissionReader reader;
    private final ParsedSubmissions parsed;
    private final CompiledRuleSet candidate;
    private final CompiledRuleSet baseline;
    private final Optional<Set<String>> changed;
    private final boolean full;
    private final ImpactTally tally;
    private final String candidateRates;
    private final String baselineRates;
    private final LongAdder ratedInFull = new LongAdder();

    ImpactComparison(Evaluator evaluator, SubmissionReader reader, ParsedSubmissions parsed, CompiledRuleSet candidate,
                     CompiledRuleSet baseline, Optional<Set<String>> changed, boolean full, ImpactTally tally) {
        this.evaluator = evaluator;
        this.reader = reader;
        this.parsed = parsed;
        this.candidate = candidate;
        this.baseline = baseline;
        this.changed = changed;
        this.full = full;
        this.tally = tally;
        this.candidateRates = candidate.source().manifest().questionnaireVersion();
        this.baselineRates = baseline.source().manifest().questionnaireVersion();
    }

    /** Compares {@code row}, or counts it as skipped if it answers another questionnaire version or fails. */
    void compare(ScannedAssessment row) {
        if (!row.questionnaireVersion().equals(candidateRates)) {
            tally.skipped(row.id(), row.siteId(), "answers questionnaire version " + row.questionnaireVersion()
                    + "; rule set " + candidate.id() + " rates version " + candidateRates, false);
            return;
        }
        if (!row.questionnaireVersion().equals(baselineRates)) {
            tally.skipped(row.id(), row.siteId(), "answers questionnaire version " + row.questionnaireVersion()
                    + "; the active rule set " + baseline.id() + " rates version " + baselineRates
                    + ", so there is nothing to compare with", false);
            return;
        }
        try {
            Ratings before;
            Ratings after;
            if (full) {
                Submission submission = StoredSubmissions.read(reader, row.submissionJson(), row.questionnaireVersion());
                before = row.ratingsJson() != null ? Ratings.ofJson(row.ratingsJson())
                        : Ratings.of(evaluator.evaluate(submission, baseline));
                after = Ratings.of(evaluator.evaluate(submission, candidate));
            } else {
                Submission submission = parsed.read(reader, row.id(), row.submissionJson(), row.questionnaireVersion());
                before = row.ratingsJson() != null ? Ratings.ofJson(row.ratingsJson())
                        : Ratings.of(evaluator.ratings(submission, baseline));
                after = settled(submission, before) ? before : ratedInFull(submission);
            }
            tally.compared(row.id(), row.siteId(), row.ruleSetVersion(), before, after);
        } catch (AssessorException | IllegalArgumentException e) {
            tally.skipped(row.id(), row.siteId(), "evaluation failed: " + e.getMessage(), true);
        }
    }

    /** How many assessments were rated in full under the candidate. */
    long ratedInFull() {
        return ratedInFull.sum();
    }

    /** True if the candidate is known to rate {@code submission} as {@code before} has it. */
    private boolean settled(Submission submission, Ratings before) {
        if (changed.isEmpty()) {
            return false;
        }
        if (changed.get().isEmpty()) {
            return true;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        evaluator.criterionRatings(submission, candidate, changed.get()).forEach((id, r) -> codes.put(id, r.code()));
        return before.rates(codes);
    }

    private Ratings ratedInFull(Submission submission) {
        ratedInFull.increment();
        return Ratings.of(evaluator.ratings(submission, candidate));
    }
}
