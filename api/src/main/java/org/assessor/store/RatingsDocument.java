package org.assessor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.agreement.StandardAgreement;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Placement;
import org.assessor.result.QuestionnaireRef;
import org.assessor.result.RatingsSnapshot;
import org.assessor.result.Readiness;
import org.assessor.result.RuleSetRef;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;
import org.assessor.result.Verdict;

/**
 * The compact form of an assessment's ratings kept beside its full result ({@code ratings_json}):
 * every section, standard and criterion rating, each standard's agreement between respondents,
 * and any readiness verdict, without reasons or actions. From it and the assessment's summary,
 * {@link #snapshot} reads a {@link RatingsSnapshot}, which is all a comparison reads.
 */
public record RatingsDocument(String overall, List<SectionRatings> sections, String verdict, String placement) {

    /** A section's rating and its standards'. */
    public record SectionRatings(String id, String rating, List<StandardRatings> standards) {
    }

    /**
     * A standard's rating, its agreement between respondents (absent where not measured, and in
     * documents stored before it was), and its criteria's ratings, by criterion id in questionnaire order.
     */
    public record StandardRatings(String id, String rating, AgreementRatings agreement, Map<String, String> criteria) {
    }

    /** A standard's agreement: its index, whether that is low, and over how many criteria. */
    public record AgreementRatings(double index, boolean low, int criteria) {
        static AgreementRatings of(StandardAgreement a) {
            return a == null ? null : new AgreementRatings(a.index(), a.low(), a.criteria());
        }

        StandardAgreement toDomain() {
            return new StandardAgreement(index, low, criteria);
        }
    }

    /** The ratings of {@code result}. */
    public static RatingsDocument of(AssessmentResult result) {
        List<SectionRatings> sections = new ArrayList<>();
        for (SectionResult section : result.sections()) {
            List<StandardRatings> standards = new ArrayList<>();
            for (StandardResult standard : section.standards()) {
                Map<String, String> criteria = new LinkedHashMap<>();
                standard.criteria().forEach(c -> criteria.put(c.id(), c.rating().code()));
                standards.add(new StandardRatings(standard.id(), standard.rating().code(),
                        AgreementRatings.of(standard.agreement()), criteria));
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
     * The ratings stored for the assessment {@code summary} describes: from its compact document
     * {@code ratingsJson}, or, for assessments stored before there was one (null), from its full
     * result {@code resultJson}, read by {@code codec}. Titles are those of the full result; the
     * compact document has none ({@link RatingsSnapshot#titled} supplies them).
     *
     * @throws StorageFailed if the stored ratings cannot be read
     */
    static RatingsSnapshot snapshot(AssessmentSummary summary, String ratingsJson, String resultJson,
                                    ResultCodec codec) {
        try {
            if (ratingsJson == null) {
                return RatingsSnapshot.of(codec.read(resultJson));
            }
            return StoreJson.mapper().readValue(ratingsJson, RatingsDocument.class).snapshot(summary,
                    codec.questionnaire(summary.questionnaireId(), summary.questionnaireVersion()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new StorageFailed("the stored ratings of assessment " + summary.id() + " are unreadable: "
                    + message, e);
        }
    }

    /** These ratings with the summary's identity, dated and versioned as stored. */
    private RatingsSnapshot snapshot(AssessmentSummary s, QuestionnaireRef known) {
        RatingScale scale = known.scale();
        List<RatingsSnapshot.Section> sectionRatings = new ArrayList<>();
        for (SectionRatings section : sections) {
            List<RatingsSnapshot.Standard> standards = new ArrayList<>();
            for (StandardRatings standard : section.standards()) {
                List<RatingsSnapshot.Criterion> criteria = new ArrayList<>();
                standard.criteria().forEach((id, code) ->
                        criteria.add(new RatingsSnapshot.Criterion(id, rating(scale, code))));
                standards.add(new RatingsSnapshot.Standard(standard.id(), null, rating(scale, standard.rating()),
                        standard.agreement() == null ? null : standard.agreement().toDomain(), criteria));
            }
            sectionRatings.add(new RatingsSnapshot.Section(section.id(), null, rating(scale, section.rating()),
                    standards));
        }
        return new RatingsSnapshot(s.id(), new QuestionnaireRef(s.questionnaireId(), s.questionnaireVersion(), null,
                scale, known.outcomes()),
                new RuleSetRef(s.questionnaireId(), s.ruleSetVersion(), s.ruleSetHash()),
                new Site(s.siteId(), s.siteName()), Mode.fromCode(s.mode()).orElse(Mode.SELF), s.cycle(),
                s.createdAt(), rating(scale, overall), sectionRatings, verdict == null ? null : new Readiness(
                Verdict.valueOf(enumName(verdict)), Placement.valueOf(enumName(placement)), null));
    }

    private static Rating rating(RatingScale scale, String code) {
        return scale.find(code).orElse(scale.notRated());
    }

    private static String enumName(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
