package org.assessor.app;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assessor.access.Caller;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.comparison.Comparisons;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.RatingsSnapshot;
import org.assessor.store.AssessmentStore;
import org.assessor.store.RatedQuery;

/**
 * Commissioners' comparisons of stored assessments. Reads only the ratings ({@link RatingsSnapshot}s)
 * of the assessments the filter can select (questionnaire, sites and dates narrow the database
 * query), titled from their questionnaire version, then pools them with {@link Comparisons}. A caller compares only the sites it may see
 * ({@link Caller#narrowSites}): a site token its own rows, whatever sites it asks for. Thread-safe.
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
    public Comparison compare(Caller caller, ComparisonFilter filter) {
        List<RatingsSnapshot> results = results(caller, filter);
        return Comparisons.compareRatings(results, filter, questionnaires.latest(filter.questionnaireId()));
    }

    /** One comparison per rule-set version among the results {@code filter} selects, oldest version first. */
    public List<Comparison> compareEachVersion(Caller caller, ComparisonFilter filter) {
        return Comparisons.compareEachVersionOfRatings(results(caller, filter), filter);
    }

    private List<RatingsSnapshot> results(Caller caller, ComparisonFilter filter) {
        if (!questionnaires.contains(filter.questionnaireId())) {
            throw new NoSuchQuestionnaire("no questionnaire '" + filter.questionnaireId() + "'; known: "
                    + String.join(", ", questionnaires.ids()));
        }
        Optional<Set<String>> sites = caller.narrowSites(filter.sites());
        if (sites.isEmpty()) {
            return List.of();
        }
        RatedQuery query = new RatedQuery(filter.questionnaireId(), sites.get(),
                filter.from() == null ? null : filter.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<RatingsSnapshot> results = new ArrayList<>();
        store.forEachRated(query, rated -> {
            if (caller.readsEverySite() || caller.maySee(rated.site().id(), null)) {
                results.add(rated.titled(questionnaire(rated.questionnaire().id(), rated.questionnaire().version())));
            }
        });
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
