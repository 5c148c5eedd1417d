package org.assessor.comparison;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.result.Counts;
import org.assessor.result.RatingsSnapshot;
import org.assessor.rules.fact.Rating;

/**
 * Pools the ratings of many results per standard, per section and overall, by adding counts,
 * never by averaging percentages. Items appear in the order the results list them. Counts are
 * tallied in place and turned into {@link Pooled} values once at the end: a comparison adds up
 * hundreds of thousands of ratings.
 */
final class Pooling {
    private final Map<String, Tally> standards = new LinkedHashMap<>();
    private final Map<String, Tally> sections = new LinkedHashMap<>();
    private final Tally overall = new Tally(null, null);

    /** The running counts of one item, at standard and at criterion level, by rating ordinal. */
    private static final class Tally {
        private final String id;
        private final String title;
        private final int[] standardLevel = new int[Rating.values().length];
        private final int[] criterionLevel = new int[Rating.values().length];

        private Tally(String id, String title) {
            this.id = id;
            this.title = title;
        }

        private PooledItem item() {
            return new PooledItem(id, title, pooled(standardLevel), pooled(criterionLevel));
        }
    }

    /** Pools every rating of {@code results}. */
    static Pooling of(List<RatingsSnapshot> results) {
        Pooling pooling = new Pooling();
        results.forEach(pooling::add);
        return pooling;
    }

    private void add(RatingsSnapshot result) {
        for (RatingsSnapshot.Section section : result.sections()) {
            Tally inSection = sections.computeIfAbsent(section.id(), id -> new Tally(id, section.title()));
            for (RatingsSnapshot.Standard standard : section.standards()) {
                Tally ofStandard = standards.computeIfAbsent(standard.id(), id -> new Tally(id, standard.title()));
                int rating = standard.rating().ordinal();
                ofStandard.standardLevel[rating]++;
                inSection.standardLevel[rating]++;
                overall.standardLevel[rating]++;
                for (RatingsSnapshot.Criterion criterion : standard.criteria()) {
                    int criterionRating = criterion.rating().ordinal();
                    ofStandard.criterionLevel[criterionRating]++;
                    inSection.criterionLevel[criterionRating]++;
                    overall.criterionLevel[criterionRating]++;
                }
            }
        }
    }

    /** The counts of {@code standard}'s criterion ratings. */
    static Counts criterionCounts(RatingsSnapshot.Standard standard) {
        return Counts.of(standard.criteria().stream().map(RatingsSnapshot.Criterion::rating).toList());
    }

    List<PooledItem> standards() {
        return standards.values().stream().map(Tally::item).toList();
    }

    List<PooledItem> sections() {
        return sections.values().stream().map(Tally::item).toList();
    }

    Levels overall() {
        return new Levels(pooled(overall.standardLevel), pooled(overall.criterionLevel));
    }

    private static Pooled pooled(int[] byOrdinal) {
        Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            counts.put(rating, byOrdinal[rating.ordinal()]);
        }
        return new Pooled(new Counts(counts));
    }
}
