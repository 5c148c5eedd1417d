package org.assessor.comparison;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.Counts;
import org.assessor.result.RatingsSnapshot;

/**
 * Pools the ratings of many results per standard, per section and overall, by adding counts,
 * never by averaging percentages. Items appear in the order the results list them. Counts are
 * tallied in place and turned into {@link Pooled} values once at the end: a comparison adds up
 * hundreds of thousands of ratings.
 */
final class Pooling {
    private final RatingScale scale;
    /** The index of each level of the scale in the running counts. */
    private final Map<Rating, Integer> index = new HashMap<>();
    private final Map<String, Tally> standards = new LinkedHashMap<>();
    private final Map<String, Tally> sections = new LinkedHashMap<>();
    private final Tally overall;

    /** The running counts of one item, at standard and at criterion level, by level index. */
    private final class Tally {
        private final String id;
        private final String title;
        private final int[] standardLevel = new int[scale.all().size()];
        private final int[] criterionLevel = new int[scale.all().size()];

        private Tally(String id, String title) {
            this.id = id;
            this.title = title;
        }

        private PooledItem item() {
            return new PooledItem(id, title, pooled(standardLevel), pooled(criterionLevel));
        }
    }

    private Pooling(RatingScale scale) {
        this.scale = scale;
        for (int i = 0; i < scale.all().size(); i++) {
            index.put(scale.all().get(i), i);
        }
        overall = new Tally(null, null);
    }

    /** Pools every rating of {@code results}, all on {@code scale}. */
    static Pooling of(RatingScale scale, List<RatingsSnapshot> results) {
        Pooling pooling = new Pooling(scale);
        results.forEach(pooling::add);
        return pooling;
    }

    /** The index of {@code rating}; a rating not of the scale counts as not rated. */
    private int indexOf(Rating rating) {
        Integer i = index.get(rating);
        return i != null ? i : index.get(scale.notRated());
    }

    private void add(RatingsSnapshot result) {
        for (RatingsSnapshot.Section section : result.sections()) {
            Tally inSection = sections.computeIfAbsent(section.id(), id -> new Tally(id, section.title()));
            for (RatingsSnapshot.Standard standard : section.standards()) {
                Tally ofStandard = standards.computeIfAbsent(standard.id(), id -> new Tally(id, standard.title()));
                int rating = indexOf(standard.rating());
                ofStandard.standardLevel[rating]++;
                inSection.standardLevel[rating]++;
                overall.standardLevel[rating]++;
                for (RatingsSnapshot.Criterion criterion : standard.criteria()) {
                    int criterionRating = indexOf(criterion.rating());
                    ofStandard.criterionLevel[criterionRating]++;
                    inSection.criterionLevel[criterionRating]++;
                    overall.criterionLevel[criterionRating]++;
                }
            }
        }
    }

    /** The counts of {@code standard}'s criterion ratings. */
    static Counts criterionCounts(RatingScale scale, RatingsSnapshot.Standard standard) {
        return Counts.of(scale, standard.criteria().stream().map(RatingsSnapshot.Criterion::rating).toList());
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

    private Pooled pooled(int[] byIndex) {
        Map<Rating, Integer> counts = new HashMap<>();
        for (int i = 0; i < byIndex.length; i++) {
            counts.put(scale.all().get(i), byIndex[i]);
        }
        return new Pooled(new Counts(scale, counts));
    }
}
