package org.assessor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.api.ApiJson;
import org.assessor.api.ResultView;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Counts;
import org.assessor.result.CriterionResult;
import org.assessor.result.Overall;
import org.assessor.result.QuestionnaireRef;
import org.assessor.result.Readiness;
import org.assessor.result.RuleSetRef;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;
import org.assessor.rules.fact.Placement;
import org.assessor.rules.fact.Rating;
import org.assessor.rules.fact.Verdict;

/**
 * The compact form of an assessment's ratings kept beside its full result ({@code ratings_json}):
 * every section, standard and criterion rating and any readiness verdict, without reasons or
 * actions. From it and the assessment's summary, {@link #toResult} rebuilds a result carrying
 * every rating, which is all a comparison reads.
 */
public record RatingsDocument(String overall, List<SectionRatings> sections, String verdict, String placement) {

    /** A section's rating and its standards'. */
    public record SectionRatings(String id, String rating, List<StandardRatings> standards) {
    }

    /** A standard's rating and its criteria's, by criterion id in questionnaire order. */
    public record StandardRatings(String id, String rating, Map<String, String> criteria) {
    }

    /** The ratings of {@code result}. */
    public static RatingsDocument of(AssessmentResult result) {
        List<SectionRatings> sections = new ArrayList<>();
        for (SectionResult section : result.sections()) {
            List<StandardRatings> standards = new ArrayList<>();
            for (StandardResult standard : section.standards()) {
                Map<String, String> criteria = new LinkedHashMap<>();
                standard.criteria().forEach(c -> criteria.put(c.id(), c.rating().code()));
                standards.add(new StandardRatings(standard.id(), standard.rating().code(), criteria));
            }
            sections.add(new SectionRatings(section.id(), section.rating().code(), standards));
        }
        Readiness readiness = result.readiness();
        return new RatingsDocument(result.overall().rating().code(), sections,
                readiness == null ? null : readiness.verdict().code(),
                readiness == null ? null : readiness.placement().code());
    }

    /** This document as JSON. */
    public String toJson() {
        return StoreJson.write(this);
    }

    /**
     * The ratings of {@code rated}: from its compact document, or for assessments stored before
     * there was one, from its full result.
     */
    public static AssessmentResult toResult(RatedAssessment rated, Questionnaire questionnaire) {
        try {
            if (rated.ratingsJson() == null) {
                return ApiJson.mapper().readValue(rated.resultJson(), ResultView.class).toDomain();
            }
            return ApiJson.mapper().readValue(rated.ratingsJson(), RatingsDocument.class)
                    .toResult(rated.summary(), questionnaire);
        } catch (JsonProcessingException e) {
            throw new StorageFailed("the stored ratings of assessment " + rated.summary().id() + " are unreadable: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * A result with these ratings and the summary's identity, dated and versioned as stored.
     * Titles come from {@code questionnaire} (null if its version is no longer known: ids then).
     */
    AssessmentResult toResult(AssessmentSummary s, Questionnaire questionnaire) {
        List<SectionResult> sectionResults = new ArrayList<>();
        List<Rating> standardRatings = new ArrayList<>();
        List<Rating> criterionRatings = new ArrayList<>();
        for (SectionRatings section : sections) {
            List<StandardResult> standards = new ArrayList<>();
            for (StandardRatings standard : section.standards()) {
                List<CriterionResult> criteria = new ArrayList<>();
                standard.criteria().forEach((id, code) -> {
                    Rating rating = rating(code);
                    criterionRatings.add(rating);
                    criteria.add(new CriterionResult(id, criterionTitle(questionnaire, id), rating, false, false,
                            List.of(), List.of()));
                });
                standardRatings.add(rating(standard.rating()));
                standards.add(new StandardResult(standard.id(), standardTitle(questionnaire, standard.id()),
                        rating(standard.rating()), criteria, List.of(), List.of()));
            }
            sectionResults.add(new SectionResult(section.id(), sectionTitle(questionnaire, section.id()),
                    rating(section.rating()), standards, List.of()));
        }
        return new AssessmentResult(s.id(), new QuestionnaireRef(s.questionnaireId(), s.questionnaireVersion(),
                questionnaire == null ? s.questionnaireId() : questionnaire.title()),
                new RuleSetRef(s.questionnaireId(), s.ruleSetVersion(), s.ruleSetHash()),
                new Site(s.siteId(), s.siteName()), Mode.fromCode(s.mode()).orElse(Mode.SELF), s.cycle(),
                s.createdAt(), new Overall(rating(overall), Counts.of(standardRatings), Counts.of(criterionRatings),
                List.of()), sectionResults, List.of(), verdict == null ? null : new Readiness(
                Verdict.valueOf(enumName(verdict)), Placement.valueOf(enumName(placement)), null), List.of());
    }

    private static Rating rating(String code) {
        return Rating.fromCode(code).orElse(Rating.NOT_RATED);
    }

    private static String enumName(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static String sectionTitle(Questionnaire q, String id) {
        return q == null ? id : q.sections().stream().filter(s -> s.id().equals(id)).map(s -> s.title())
                .findFirst().orElse(id);
    }

    private static String standardTitle(Questionnaire q, String id) {
        return q == null ? id : q.standard(id).map(s -> s.title()).orElse(id);
    }

    private static String criterionTitle(Questionnaire q, String id) {
        return q == null ? id : q.criterion(id).map(c -> c.title()).orElse(id);
    }
}
