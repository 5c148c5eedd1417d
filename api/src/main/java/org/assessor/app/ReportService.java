package org.assessor.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.assessor.api.ApiJson;
import org.assessor.api.ResultView;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.report.AssessmentReport;
import org.assessor.report.ComparisonReport;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentStore;
import org.assessor.store.NoSuchAssessment;
import org.assessor.store.StorageFailed;
import org.assessor.store.StoredAssessment;

/** PDF reports of stored assessments and of comparisons. Thread-safe. */
public final class ReportService {
    private final AssessmentStore store;
    private final ComparisonService comparisons;

    public ReportService(AssessmentStore store, ComparisonService comparisons) {
        this.store = store;
        this.comparisons = comparisons;
    }

    /**
     * The PDF report of stored assessment {@code id}, for the site's board.
     *
     * @throws NoSuchAssessment if there is none with that id
     */
    public byte[] assessmentReport(String id) {
        if (!AssessmentIds.isWellFormed(id)) {
            throw new NoSuchAssessment(id);
        }
        StoredAssessment stored = store.find(id).orElseThrow(() -> new NoSuchAssessment(id));
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
    public byte[] comparisonReport(ComparisonFilter filter) {
        return ComparisonReport.toPdf(comparisons.compare(filter));
    }
}
