package org.assessor.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assessor.core.RatingScale;

/**
 * A questionnaire definition: sections → standards → criteria → questions, each with an id
 * that stays stable across versions. Immutable and thread-safe.
 */
public final class Questionnaire {
    private final String id;
    private final String version;
    private final String title;
    private final String description;
    private final List<Section> sections;
    private final RatingScale scale;
    private final List<OutcomeDeclaration> outcomes;
    private final boolean peerRatesStandards;
    private final Map<String, Standard> standards = new LinkedHashMap<>();
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Criterion> criterionOfQuestion = new LinkedHashMap<>();
    private final Map<String, Standard> standardOfCriterion = new LinkedHashMap<>();
    private final Map<String, Section> sectionOfStandard = new LinkedHashMap<>();

    private Questionnaire(String id, String version, String title, String description, List<Section> sections,
                          RatingScale scale, List<OutcomeDeclaration> outcomes, boolean peerRatesStandards) {
        this.peerRatesStandards = peerRatesStandards;
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.title = Objects.requireNonNull(title, "title");
        this.description = description == null ? "" : description;
        this.sections = List.copyOf(sections);
        this.scale = Objects.requireNonNull(scale, "scale");
        this.outcomes = List.copyOf(outcomes);
        for (Section section : this.sections) {
            for (Standard standard : section.standards()) {
                standards.put(standard.id(), standard);
                sectionOfStandard.put(standard.id(), section);
                for (Criterion criterion : standard.criteria()) {
                    criteria.put(criterion.id(), criterion);
                    standardOfCriterion.put(criterion.id(), standard);
                    for (Question question : criterion.questions()) {
                        questions.put(question.id(), question);
                        criterionOfQuestion.put(question.id(), criterion);
                    }
                }
            }
        }
    }

    /**
     * A questionnaire of the given sections. Ids must already be unique: use
     * {@link QuestionnaireReader} to read and check a definition file.
     */
    public static Questionnaire of(String id, String version, String title, String description,
                                   List<Section> sections) {
        return new Questionnaire(id, version, title, description, sections, RatingScale.MET_SCALE, List.of(), false);
    }

    /** Like {@link #of(String, String, String, String, List)}, with its rating scale and the outcomes its rules conclude. */
    public static Questionnaire of(String id, String version, String title, String description,
                                   List<Section> sections, RatingScale scale, List<OutcomeDeclaration> outcomes) {
        return new Questionnaire(id, version, title, description, sections, scale, outcomes, false);
    }

    /**
     * Like {@link #of(String, String, String, String, List, RatingScale, List)}; with
     * {@code peerRatesStandards} a peer review may also rate whole standards directly.
     */
    public static Questionnaire of(String id, String version, String title, String description,
                                   List<Section> sections, RatingScale scale, List<OutcomeDeclaration> outcomes,
                                   boolean peerRatesStandards) {
        return new Questionnaire(id, version, title, description, sections, scale, outcomes, peerRatesStandards);
    }

    /**
     * True when a peer review may rate a standard directly from the evidence (its rating then
     * stands for the standard), as well as its criteria: the definition's {@code "peerRatesStandards"}.
     */
    public boolean peerRatesStandards() {
        return peerRatesStandards;
    }

    /** The scale its criteria, standards, sections and the whole are rated on. */
    public RatingScale scale() {
        return scale;
    }

    /** The outcomes its rule sets conclude besides the ratings (e.g. a verdict), in the order declared. */
    public List<OutcomeDeclaration> outcomes() {
        return outcomes;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every standard, in reading order. */
    public Map<String, Standard> standards() {
        return Collections.unmodifiableMap(standards);
    }

    /** Every criterion, in reading order. */
    public Map<String, Criterion> criteria() {
        return Collections.unmodifiableMap(criteria);
    }

    /** Every question, in reading order. */
    public Map<String, Question> questions() {
        return Collections.unmodifiableMap(questions);
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

    public Optional<Criterion> criterion(String criterionId) {
        return Optional.ofNullable(criteria.get(criterionId));
    }

    public Optional<Standard> standard(String standardId) {
        return Optional.ofNullable(standards.get(standardId));
    }

    /** The criterion that asks {@code questionId}; the question must exist. */
    public Criterion criterionOf(String questionId) {
        return Objects.requireNonNull(criterionOfQuestion.get(questionId), questionId);
    }

    /** The standard that holds {@code criterionId}; the criterion must exist. */
    public Standard standardOf(String criterionId) {
        return Objects.requireNonNull(standardOfCriterion.get(criterionId), criterionId);
    }

    /** The section that holds {@code standardId}; the standard must exist. */
    public Section sectionOf(String standardId) {
        return Objects.requireNonNull(sectionOfStandard.get(standardId), standardId);
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
