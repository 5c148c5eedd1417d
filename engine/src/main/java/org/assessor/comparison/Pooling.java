package org.assessor.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Counts;
import org.assessor.result.CriterionResult;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;

/**
 * Pools the ratings of many results per standard, per section and overall, by adding counts,
 * never by averaging percentages. Items appear in the order the results list them.
 */
final class Pooling {
    private final Map<String, PooledItem> standards = new LinkedHashMap<>();
    private final Map<String, PooledItem> sections = new LinkedHashMap<>();
    private Pooled overallStandards = Pooled.EMPTY;
    private Pooled overallCriteria = Pooled.EMPTY;

    /** Pools every rating of {@code results}. */
    static Pooling of(List<AssessmentResult> results) {
        Pooling pooling = new Pooling();
        results.forEach(pooling::add);
        return pooling;
    }

    private void add(AssessmentResult result) {
        for (SectionResult section : result.sections()) {
            for (StandardResult standard : section.standards()) {
                Counts standardCount = Counts.of(List.of(standard.rating()));
                Counts criteriaCount = criterionCounts(standard);
                pool(standards, standard.id(), standard.title(), standardCount, criteriaCount);
                pool(sections, section.id(), section.title(), standardCount, criteriaCount);
                overallStandards = overallStandards.plus(standardCount);
                overallCriteria = overallCriteria.plus(criteriaCount);
            }
        }
    }

    private static void pool(Map<String, PooledItem> items, String id, String title, Counts standardCount,
                             Counts criteriaCount) {
        PooledItem item = items.getOrDefault(id, new PooledItem(id, title, Pooled.EMPTY, Pooled.EMPTY));
        items.put(id, item.plus(standardCount, criteriaCount));
    }

    /** The counts of {@code standard}'s criterion ratings. */
    static Counts criterionCounts(StandardResult standard) {
        return Counts.of(standard.criteria().stream().map(CriterionResult::rating).toList());
    }

    List<PooledItem> standards() {
        return new ArrayList<>(standards.values());
    }

    List<PooledItem> sections() {
        return new ArrayList<>(sections.values());
    }

    Levels overall() {
        return new Levels(overallStandards, overallCriteria);
    }
}
