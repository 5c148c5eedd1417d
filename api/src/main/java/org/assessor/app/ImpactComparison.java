package org.assessor.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.assessor.AssessorException;
import org.assessor.assessment.BatchRatings;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;
import org.assessor.core.Rating;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.store.ScannedAssessment;

/**
 * One impact analysis's comparison of stored assessments, one or a batch at a time from many
 * threads: each is rated under the baseline (its stored ratings where it was rated with it) and the candidate, and
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

    /**
     * Compares {@code row}, or counts it as skipped if it answers another questionnaire version or
     * fails: for the cases {@link #compareAll} does not batch (a full analysis, or a candidate whose
     * changed criteria are unknown or none).
     */
    private void compare(ScannedAssessment row) {
        if (!comparable(row)) {
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
                before = baselineRatings(row, submission);
                // here the changed criteria are unknown (rate in full) or none (it rates as the baseline)
                after = changed.isPresent() ? before : ratedInFull(submission);
            }
            tally.compared(row.id(), row.siteId(), row.ruleSetVersion(), before, after);
        } catch (AssessorException | IllegalArgumentException e) {
            failed(row, e);
        }
    }

    /** A stored assessment read, with its ratings under the baseline, waiting to be rated under the candidate. */
    private record Read(ScannedAssessment row, Submission submission, Ratings before) {
    }

    /**
     * Compares each of {@code rows} as {@link #compare} does; where they are rated on some
     * criteria alone, those sessions run one after another in one hand-over to the evaluator's
     * runner ({@link Evaluator#criterionRatings(List, CompiledRuleSet, Set)}).
     */
    void compareAll(List<ScannedAssessment> rows) {
        if (full || changed.isEmpty() || changed.get().isEmpty()) {
            rows.forEach(this::compare);
            return;
        }
        List<Read> read = new ArrayList<>(rows.size());
        for (ScannedAssessment row : rows) {
            if (comparable(row)) {
                try {
                    Submission submission = parsed.read(reader, row.id(), row.submissionJson(),
                            row.questionnaireVersion());
                    read.add(new Read(row, submission, baselineRatings(row, submission)));
                } catch (AssessorException | IllegalArgumentException e) {
                    failed(row, e);
                }
            }
        }
        List<BatchRatings> rated;
        try {
            rated = evaluator.criterionRatings(read.stream().map(Read::submission).toList(), candidate, changed.get());
        } catch (AssessorException | IllegalArgumentException e) {
            read.forEach(r -> failed(r.row(), e));
            return;
        }
        for (int i = 0; i < read.size(); i++) {
            Read r = read.get(i);
            try {
                Ratings after = r.before().rates(codes(rated.get(i).orThrow())) ? r.before()
                        : ratedInFull(r.submission());
                tally.compared(r.row().id(), r.row().siteId(), r.row().ruleSetVersion(), r.before(), after);
            } catch (AssessorException | IllegalArgumentException e) {
                failed(r.row(), e);
            }
        }
    }

    /** False, with {@code row} counted as skipped, if it answers another questionnaire version than either rates. */
    private boolean comparable(ScannedAssessment row) {
        if (!row.questionnaireVersion().equals(candidateRates)) {
            tally.skipped(row.id(), row.siteId(), "answers questionnaire version " + row.questionnaireVersion()
                    + "; rule set " + candidate.id() + " rates version " + candidateRates, false);
            return false;
        }
        if (!row.questionnaireVersion().equals(baselineRates)) {
            tally.skipped(row.id(), row.siteId(), "answers questionnaire version " + row.questionnaireVersion()
                    + "; the active rule set " + baseline.id() + " rates version " + baselineRates
                    + ", so there is nothing to compare with", false);
            return false;
        }
        return true;
    }

    private Ratings baselineRatings(ScannedAssessment row, Submission submission) {
        return row.ratingsJson() != null ? Ratings.ofJson(row.ratingsJson())
                : Ratings.of(evaluator.ratings(submission, baseline));
    }

    private void failed(ScannedAssessment row, RuntimeException e) {
        tally.skipped(row.id(), row.siteId(), "evaluation failed: " + e.getMessage(), true);
    }

    /** How many assessments were rated in full under the candidate. */
    long ratedInFull() {
        return ratedInFull.sum();
    }

    private static Map<String, String> codes(Map<String, Rating> ratings) {
        Map<String, String> codes = new LinkedHashMap<>();
        ratings.forEach((id, r) -> codes.put(id, r.code()));
        return codes;
    }

    private Ratings ratedInFull(Submission submission) {
        ratedInFull.increment();
        return Ratings.of(evaluator.ratings(submission, candidate));
    }
}
