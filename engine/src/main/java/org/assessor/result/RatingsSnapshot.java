package org.assessor.result;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.assessor.agreement.StandardAgreement;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Questionnaire;

/**
 * The ratings of one result and what it is about, without reasons, actions or respondents: every
 * section, standard and criterion rating, each standard's agreement between respondents, and any
 * readiness verdict. It is what comparisons and
 * impact analyses read of a stored assessment, which keeps its ratings apart from its full result
 * so that thousands can be read cheaply. Immutable.
 *
 * <p>Titles are those the ratings were stored with, or null where they were not stored (the
 * compact ratings keep ids only): {@link #titled} supplies them from the questionnaire.
 *
 * @param id        the stored assessment's id; null for a result that was never stored
 * @param readiness present only for readiness rule sets
 */
public record RatingsSnapshot(String id, QuestionnaireRef questionnaire, RuleSetRef ruleSet, Site site, Mode mode,
                              String cycle, Instant evaluatedAt, Rating overall, List<Section> sections,
                              Readiness readiness) {

    public RatingsSnapshot {
        Objects.requireNonNull(overall, "overall");
        sections = List.copyOf(sections);
    }

    /** A section's rating and its standards'; {@code title} null if not stored. */
    public record Section(String id, String title, Rating rating, List<Standard> standards) {
        public Section {
            standards = List.copyOf(standards);
        }
    }

    /**
     * A standard's rating and its criteria's, in questionnaire order; {@code title} null if not
     * stored; {@code agreement} null where the result has none (see {@link StandardResult#agreement()}).
     */
    public record Standard(String id, String title, Rating rating, StandardAgreement agreement,
                           List<Criterion> criteria) {
        public Standard {
            criteria = List.copyOf(criteria);
        }
    }

    /** A criterion's rating. */
    public record Criterion(String id, Rating rating) {
    }

    /** The ratings of {@code result}, with its titles. */
    public static RatingsSnapshot of(AssessmentResult result) {
        return new RatingsSnapshot(result.id(), result.questionnaire(), result.ruleSet(), result.site(), result.mode(),
                result.cycle(), result.evaluatedAt(), result.overall().rating(), result.sections().stream()
                .map(s -> new Section(s.id(), s.title(), s.rating(), s.standards().stream()
                        .map(t -> new Standard(t.id(), t.title(), t.rating(), t.agreement(), t.criteria().stream()
                                .map(c -> new Criterion(c.id(), c.rating())).toList()))
                        .toList()))
                .toList(), result.readiness());
    }

    /** Every standard, in questionnaire order. */
    public List<Standard> standards() {
        return sections.stream().flatMap(s -> s.standards().stream()).toList();
    }

    /**
     * These ratings with every missing title (questionnaire, sections, standards) taken from
     * {@code definition}, or, where it is null (a version no longer known) or lacks the item,
     * the id. Titles already present stay.
     */
    public RatingsSnapshot titled(Questionnaire definition) {
        Function<String, String> sectionTitle = id -> definition == null ? id : definition.sections().stream()
                .filter(s -> s.id().equals(id)).map(s -> s.title()).findFirst().orElse(id);
        Function<String, String> standardTitle = id -> Optional.ofNullable(definition)
                .flatMap(q -> q.standard(id)).map(s -> s.title()).orElse(id);
        QuestionnaireRef ref = questionnaire().title() != null ? questionnaire() : new QuestionnaireRef(
                questionnaire().id(), questionnaire().version(),
                definition == null ? questionnaire().id() : definition.title(), questionnaire().scale(),
                questionnaire().outcomes());
        return new RatingsSnapshot(id, ref, ruleSet, site, mode, cycle, evaluatedAt, overall, sections.stream()
                .map(s -> new Section(s.id(), s.title() != null ? s.title() : sectionTitle.apply(s.id()), s.rating(),
                        s.standards().stream().map(t -> new Standard(t.id(), t.title() != null ? t.title()
                                : standardTitle.apply(t.id()), t.rating(), t.agreement(), t.criteria())).toList()))
                .toList(), readiness);
    }
}
