package org.assessor.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.assessor.access.Caller;
import org.assessor.api.ApiJson;
import org.assessor.api.ResultView;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.report.AssessmentReport;
import org.assessor.report.ComparisonReport;
import org.assessor.store.NoSuchAssessment;
import org.assessor.store.StorageFailed;
import org.assessor.store.StoredAssessment;

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
        StoredAssessment stored = assessments.findVisible(id, caller);
        try {
            ResultView result = ApiJson.mapper().readValue(stored.resultJson(), ResultView.class);
            return AssessmentReport.toPdf(result.toDomain());
        } catch (JsonProcessingException e) {
            throw new StorageFailed("the stored result of assessment " + id + " is unreadable: "
                    + e.getOriginalMessage(), e);
        }
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
