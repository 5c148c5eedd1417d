package org.assessor.api;

import java.util.List;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.Section;
import org.assessor.questionnaire.Standard;

/**
 * The JSON of a questionnaire definition, for clients that show the questions:
 * {@code sections[].standards[].criteria[].questions[]}, each with its id and title or text;
 * {@code peerRatesStandards} is true where a peer review may rate whole standards (absent otherwise).
 */
public record QuestionnaireDefinitionView(String id, String version, String title, String description,
                                          ScaleDefinition scale, List<OutcomeDefinition> outcomes,
                                          Boolean peerRatesStandards, List<SectionDefinition> sections) {

    /**
     * The rating scale: its rated levels, best first, then the level of an item that does not
     * apply and of one nothing rated; what a result's ratings and counts are made of.
     */
    public record ScaleDefinition(List<LevelDefinition> levels, LevelDefinition notApplicable,
                                  LevelDefinition notRated) {
    }

    /** One level of the scale: its code (in results), label, letter (in tables) and colour ({@code #rrggbb}). */
    public record LevelDefinition(String code, String label, String letter, String colour) {
    }

    /** An outcome the rule sets conclude besides the ratings, and the values it may take. */
    public record OutcomeDefinition(String name, String label, List<OptionDefinition> values) {
    }

    /** A section and its standards. */
    public record SectionDefinition(String id, String title, String description, List<StandardDefinition> standards) {
    }

    /** A standard and its criteria. */
    public record StandardDefinition(String id, String title, String description,
                                     List<CriterionDefinition> criteria) {
    }

    /** A criterion and its questions. */
    public record CriterionDefinition(String id, String title, String description,
                                      List<QuestionDefinition> questions) {
    }

    /**
     * A question: how it is answered ({@code type}: yes-partly-no, agreement, number, choice or
     * evidence), its options (choice), range and unit (number), and whether not-applicable is accepted.
     */
    public record QuestionDefinition(String id, String text, String help, String type, boolean notApplicable,
                                     Double min, Double max, String unit, List<OptionDefinition> options,
                                     Integer maxLength) {
    }

    /** One option of a choice question. */
    public record OptionDefinition(String id, String label) {
    }

    /** The view of {@code q}. */
    public static QuestionnaireDefinitionView of(Questionnaire q) {
        List<LevelDefinition> levels = q.scale().levels().stream()
                .map(l -> new LevelDefinition(l.code(), l.label(), l.letter(), l.colour())).toList();
        int rated = q.scale().rated().size();
        return new QuestionnaireDefinitionView(q.id(), q.version(), q.title(), q.description(),
                new ScaleDefinition(levels.subList(0, rated), levels.get(rated), levels.get(rated + 1)),
                q.outcomes().stream().map(o -> new OutcomeDefinition(o.name(), o.label(), o.values().stream()
                        .map(v -> new OptionDefinition(v.id(), v.label())).toList())).toList(),
                q.peerRatesStandards() ? Boolean.TRUE : null,
                q.sections().stream().map(QuestionnaireDefinitionView::section).toList());
    }

    private static SectionDefinition section(Section s) {
        return new SectionDefinition(s.id(), s.title(), s.description(),
                s.standards().stream().map(QuestionnaireDefinitionView::standard).toList());
    }

    private static StandardDefinition standard(Standard s) {
        return new StandardDefinition(s.id(), s.title(), s.description(),
                s.criteria().stream().map(QuestionnaireDefinitionView::criterion).toList());
    }

    private static CriterionDefinition criterion(Criterion c) {
        return new CriterionDefinition(c.id(), c.title(), c.description(),
                c.questions().stream().map(QuestionnaireDefinitionView::question).toList());
    }

    private static QuestionDefinition question(Question q) {
        boolean evidence = !q.type().isRated();
        return new QuestionDefinition(q.id(), q.text(), q.help(), q.type().code(), q.notApplicable(), q.min(),
                q.max(), q.unit(), q.options().isEmpty() ? null
                : q.options().stream().map(o -> new OptionDefinition(o.id(), o.label())).toList(),
                evidence ? q.maxLength() : null);
    }
}
