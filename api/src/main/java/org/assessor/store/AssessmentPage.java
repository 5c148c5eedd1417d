package org.assessor.store;

import java.util.List;

/**
 * One page of assessment summaries, newest first.
 *
 * @param items the summaries
 * @param after the id to continue after for the next page; null if this is the last page
 */
public record AssessmentPage(List<AssessmentSummary> items, String after) {

    public AssessmentPage {
        items = List.copyOf(items);
    }
}
