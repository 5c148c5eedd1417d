package org.assessor.app;

import org.assessor.access.Caller;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.report.AssessmentReport;
import org.assessor.report.ComparisonReport;
import org.assessor.store.NoSuchAssessment;

/** PDF reports of stored assessments and of comparisons. Thread-safe. */
public final class ReportService {
    private final AssessmentService assessments;
    private final ComparisonService comparisons;

    public ReportService(AssessmentService assessments, ComparisonService comparisons) {
        this.assessments = assessments;
        this.comparisons = comparisons;
    }

    /**
     * The PDF report of stored assessment {@code id}, for the site's board.
     *
     * @throws NoSuchAssessment if there is none with that id, or {@code caller} may not see it
     */
    public byte[] assessmentReport(Caller caller, String id) {
        return AssessmentReport.toPdf(assessments.visibleResult(id, caller));
    }

    /**
     * The PDF report of the comparison {@code filter} selects: heatmap and pooled tables.
     *
     * @throws org.assessor.comparison.ComparisonMixesVersions if it would mix rule-set versions
     */
    public byte[] comparisonReport(Caller caller, ComparisonFilter filter) {
        return ComparisonReport.toPdf(comparisons.compare(caller, filter));
    }
}
