package org.assessor.app;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.comparison.Comparisons;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.store.AssessmentStore;
import org.assessor.store.RatedQuery;
import org.assessor.store.RatingsDocument;

/**
 * Commissioners' comparisons of stored assessments. Reads only the compact ratings of the
 * assessments the filter can select (questionnaire, sites and dates narrow the database query),
 * then pools them with {@link Comparisons}. Thread-safe.
 */
public final class ComparisonService {
    private final QuestionnaireCatalog questionnaires;
    private final AssessmentStore store;

    public ComparisonService(QuestionnaireCatalog questionnaires, AssessmentStore store) {
        this.questionnaires = questionnaires;
        this.store = store;
    }

    /**
     * The comparison {@code filter} selects.
     *
     * @throws org.assessor.comparison.ComparisonMixesVersions if it selects results of more than
     *         one rule-set version: ask for one version, or {@link #compareEachVersion}
     * @throws NoSuchQuestionnaire if the questionnaire is unknown
     */
    public Comparison compare(ComparisonFilter filter) {
        return Comparisons.compare(results(filter), filter);
    }

    /** One comparison per rule-set version among the results {@code filter} selects, oldest version first. */
    public List<Comparison> compareEachVersion(ComparisonFilter filter) {
        return Comparisons.compareEachVersion(results(filter), filter);
    }

    private List<AssessmentResult> results(ComparisonFilter filter) {
        if (!questionnaires.contains(filter.questionnaireId())) {
            throw new NoSuchQuestionnaire("no questionnaire '" + filter.questionnaireId() + "'; known: "
                    + String.join(", ", questionnaires.ids()));
        }
        RatedQuery query = new RatedQuery(filter.questionnaireId(), filter.sites(),
                filter.from() == null ? null : filter.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<AssessmentResult> results = new ArrayList<>();
        store.forEachRated(query, rated -> results.add(RatingsDocument.toResult(rated,
                questionnaire(rated.summary().questionnaireId(), rated.summary().questionnaireVersion()))));
        return results;
    }

    private Questionnaire questionnaire(String id, String version) {
        try {
            return questionnaires.get(id, version);
        } catch (NoSuchQuestionnaire retired) {
            return null;
        }
    }
}
