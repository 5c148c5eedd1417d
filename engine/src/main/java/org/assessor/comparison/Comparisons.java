package org.assessor.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.assessor.agreement.StandardAgreement;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.VersionOrder;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Counts;
import org.assessor.result.QuestionnaireRef;
import org.assessor.result.RatingsSnapshot;
import org.assessor.result.RuleSetRef;

/**
 * Builds {@link Comparison}s from the ratings of assessments ({@link RatingsSnapshot}s, or whole
 * results, of which only the ratings are read). Stateless and thread-safe.
 *
 * <p>Results are first selected with a {@link ComparisonFilter}. The selection is then grouped
 * by rule-set version (a version whose content hash differs counts as another version): one
 * version is compared; several are refused ({@link #compare}) or compared one by one
 * ({@link #compareEachVersion}), never merged.
 *
 * <p>Every assessment selected is pooled, so a site assessed at baseline and at follow-up counts
 * twice; filter by cycle to count each site once per cycle.
 */
public final class Comparisons {
    private static final Comparator<RatingsSnapshot> MATRIX_ORDER =
            Comparator.comparing((RatingsSnapshot r) -> r.site().id())
                    .thenComparing(RatingsSnapshot::evaluatedAt)
                    .thenComparing(RatingsSnapshot::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Comparisons() {
    }

    /**
     * The comparison of the results {@code filter} selects. With no result selected, the
     * comparison is empty and its {@code ruleSet} is null.
     *
     * @throws ComparisonMixesVersions if the selected results were rated under more than one rule-set version
     */
    public static Comparison compare(List<AssessmentResult> results, ComparisonFilter filter) {
        return compareRatings(snapshots(results), filter);
    }

    /**
     * The comparison of the ratings {@code filter} selects; as {@link #compare}.
     *
     * @throws ComparisonMixesVersions if the selected ratings were made under more than one rule-set version
     */
    public static Comparison compareRatings(List<RatingsSnapshot> results, ComparisonFilter filter) {
        return compareRatings(results, filter, null);
    }

    /**
     * Like {@link #compareRatings(List, ComparisonFilter)}; an empty comparison names
     * {@code questionnaire} (may be null: then only its id) and counts on its scale.
     */
    public static Comparison compareRatings(List<RatingsSnapshot> results, ComparisonFilter filter,
                                            Questionnaire questionnaire) {
        Map<RuleSetRef, List<RatingsSnapshot>> byVersion = byVersion(results, filter);
        if (byVersion.size() > 1) {
            throw new ComparisonMixesVersions(filter.questionnaireId(), names(byVersion.keySet()));
        }
        if (byVersion.isEmpty()) {
            return empty(filter.questionnaireId(), questionnaire);
        }
        Map.Entry<RuleSetRef, List<RatingsSnapshot>> only = byVersion.entrySet().iterator().next();
        return of(only.getKey(), only.getValue());
    }

    /**
     * One comparison per rule-set version among the results {@code filter} selects, in version
     * order; empty when none is selected.
     */
    public static List<Comparison> compareEachVersion(List<AssessmentResult> results, ComparisonFilter filter) {
        return compareEachVersionOfRatings(snapshots(results), filter);
    }

    /** One comparison per rule-set version among the ratings {@code filter} selects; as {@link #compareEachVersion}. */
    public static List<Comparison> compareEachVersionOfRatings(List<RatingsSnapshot> results,
                                                               ComparisonFilter filter) {
        List<Comparison> comparisons = new ArrayList<>();
        byVersion(results, filter).forEach((ruleSet, group) -> comparisons.add(of(ruleSet, group)));
        return comparisons;
    }

    private static List<RatingsSnapshot> snapshots(List<AssessmentResult> results) {
        return results.stream().map(RatingsSnapshot::of).toList();
    }

    private static Map<RuleSetRef, List<RatingsSnapshot>> byVersion(List<RatingsSnapshot> results,
                                                                    ComparisonFilter filter) {
        Map<RuleSetRef, List<RatingsSnapshot>> groups = new TreeMap<>(Comparator
                .comparing(RuleSetRef::version, VersionOrder.INSTANCE)
                .thenComparing(RuleSetRef::hash, Comparator.nullsFirst(Comparator.naturalOrder())));
        results.stream().filter(filter::test).forEach(r -> groups
                .computeIfAbsent(new RuleSetRef(r.ruleSet().questionnaireId(), r.ruleSet().version(),
                        r.ruleSet().hash()), k -> new ArrayList<>()).add(r));
        return groups;
    }

    /** Version names; a version that appears with two contents is named with its hash too. */
    private static List<String> names(Iterable<RuleSetRef> refs) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        refs.forEach(r -> seen.merge(r.version(), 1, Integer::sum));
        List<String> names = new ArrayList<>();
        for (RuleSetRef r : refs) {
            names.add(seen.get(r.version()) > 1 ? r.version() + " (" + Objects.toString(r.hash()) + ")" : r.version());
        }
        return names;
    }

    private static Comparison of(RuleSetRef ruleSet, List<RatingsSnapshot> results) {
        List<RatingsSnapshot> ordered = results.stream().sorted(MATRIX_ORDER).toList();
        QuestionnaireRef questionnaire = ordered.stream().max(Comparator.comparing(RatingsSnapshot::evaluatedAt))
                .orElseThrow().questionnaire();
        RatingScale scale = questionnaire.scale();
        List<MatrixRow> matrix = ordered.stream().map(r -> row(scale, r)).toList();
        Pooling pooling = Pooling.of(scale, ordered);
        List<String> standardIds = pooling.standards().stream().map(PooledItem::id).toList();
        return new Comparison(questionnaire, ruleSet, matrix, pooling.standards(), pooling.sections(),
                pooling.overall(), readiness(matrix), Cycles.changes(scale, matrix, standardIds),
                Cycles.selfVsPeer(scale, matrix, standardIds));
    }

    private static Comparison empty(String questionnaireId, Questionnaire definition) {
        QuestionnaireRef questionnaire = definition != null ? QuestionnaireRef.of(definition)
                : new QuestionnaireRef(questionnaireId, null, null, RatingScale.MET_SCALE, List.of());
        Pooled none = Pooled.empty(questionnaire.scale());
        return new Comparison(questionnaire, null, List.of(), List.of(), List.of(), new Levels(none, none),
                ReadinessSummary.of(List.of()), List.of(), List.of());
    }

    private static MatrixRow row(RatingScale scale, RatingsSnapshot r) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        Map<String, Counts> criteria = new LinkedHashMap<>();
        Map<String, StandardAgreement> agreement = new LinkedHashMap<>();
        for (RatingsSnapshot.Standard s : r.standards()) {
            ratings.put(s.id(), s.rating());
            criteria.put(s.id(), Pooling.criterionCounts(scale, s));
            if (s.agreement() != null) {
                agreement.put(s.id(), s.agreement());
            }
        }
        return new MatrixRow(r.site(), r.id(), r.evaluatedAt(), r.cycle(), r.mode(), ratings, criteria, agreement,
                r.readiness());
    }

    /** Each site once, with its latest readiness verdict; the matrix is in time order within a site. */
    private static ReadinessSummary readiness(List<MatrixRow> matrix) {
        Map<String, SiteReadiness> latest = new TreeMap<>();
        matrix.stream().filter(r -> r.readiness() != null).forEach(r -> latest.put(r.site().id(),
                new SiteReadiness(r.site(), r.assessment(), r.cycle(), r.readiness().verdict(),
                        r.readiness().placement())));
        return ReadinessSummary.of(List.copyOf(latest.values()));
    }
}
