package org.assessor.api;

import java.util.List;
import org.assessor.core.RatingScale;
import org.assessor.result.SectionResult;

/** The JSON of one section of a result. */
public record SectionView(String id, String title, String rating, List<StandardView> standards,
                          List<ReasonView> reasons) {

    static SectionView of(SectionResult s) {
        return new SectionView(s.id(), s.title(), s.rating().code(), s.standards().stream().map(StandardView::of).toList(),
                s.reasons().stream().map(ReasonView::of).toList());
    }

    SectionResult toDomain(RatingScale scale) {
        return new SectionResult(id, title, RatingCounts.rating(scale, rating),
                standards.stream().map(x -> x.toDomain(scale)).toList(),
                reasons.stream().map(x -> x.toDomain(scale)).toList());
    }
}
