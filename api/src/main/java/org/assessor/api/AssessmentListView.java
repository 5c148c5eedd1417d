package org.assessor.api;

import java.util.List;
import org.assessor.store.AssessmentPage;

/**
 * The JSON of one page of stored assessments, newest first.
 *
 * @param items      the assessments' summaries
 * @param limit      the page size used
 * @param nextCursor pass as {@code cursor} to get the next page; absent on the last page
 */
public record AssessmentListView(List<AssessmentSummaryView> items, int limit, String nextCursor) {

    /** The view of {@code page}, fetched with page size {@code limit}. */
    public static AssessmentListView of(AssessmentPage page, int limit) {
        return new AssessmentListView(page.items().stream().map(AssessmentSummaryView::of).toList(), limit,
                page.after());
    }
}
