package org.assessor.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assessor.Ids;
import org.assessor.core.RatingScale;

/**
 * Reads a questionnaire definition file (JSON; format in {@code questionnaires/README.md}) and
 * checks it: ids well formed and unique, help text on every question, options on choice
 * questions, a range on number questions, at least one criterion per standard and one question
 * per criterion. Thread-safe.
 */
public final class QuestionnaireReader {
    private static final int DEFAULT_EVIDENCE_LENGTH = 4000;
    private static final Pattern LEVEL_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Reads and checks the definition in {@code file}. */
    public Questionnaire read(Path file) {
        try {
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read questionnaire " + file, e);
        }
    }

    /**
     * Reads and checks a definition.
     *
     * @param source names the definition in error messages
     * @throws QuestionnaireInvalid listing every problem found
     */
    public Questionnaire read(String source, byte[] json) {
        QuestionnaireDefinition definition;
        try {
            definition = mapper.readValue(json, QuestionnaireDefinition.class);
        } catch (JsonProcessingException e) {
            throw new QuestionnaireInvalid(source, List.of(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Checker(source).check(definition);
    }

    /** Converts a parsed definition, collecting every problem before failing. */
    private static final class Checker {
        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        Checker(String source) {
            this.source = source;
        }

        Questionnaire check(QuestionnaireDefinition d) {
            id("questionnaire", d.id());
            text("questionnaire " + d.id(), "version", d.version());
            text("questionnaire " + d.id(), "title", d.title());
            List<Section> sections = new ArrayList<>();
            for (QuestionnaireDefinition.SectionDef s : list(d.sections())) {
                id("section", s.id());
                text("section " + s.id(), "title", s.title());
                List<Standard> standards = new ArrayList<>();
                for (QuestionnaireDefinition.StandardDef st : list(s.standards())) {
                    standards.add(standard(st));
                }
                nonEmpty("section " + s.id(), "standards", standards);
                sections.add(new Section(s.id(), s.title(), orEmpty(s.description()), standards));
            }
            nonEmpty("questionnaire " + d.id(), "sections", sections);
            if (!problems.isEmpty()) {
                throw new QuestionnaireInvalid(source, problems);
            }
            RatingScale scale = scale(d.scale());
            List<OutcomeDeclaration> outcomes = new ArrayList<>();
            for (QuestionnaireDefinition.OutcomeDef o : list(d.outcomes())) {
                outcomes.add(outcome(o, outcomes));
            }
            if (!problems.isEmpty()) {
                throw new QuestionnaireInvalid(source, problems);
            }
            return Questionnaire.of(d.id(), d.version(), d.title(), d.description(), sections, scale, outcomes,
                    Boolean.TRUE.equals(d.peerRatesStandards()));
        }

        /** The declared scale, or the E-MHIP scale if none is declared. */
        private RatingScale scale(QuestionnaireDefinition.ScaleDef def) {
            if (def == null) {
                return RatingScale.MET_SCALE;
            }
            List<RatingScale.Declared> rated = new ArrayList<>();
            for (QuestionnaireDefinition.LevelDef level : list(def.levels())) {
                rated.add(level(level, "scale level"));
            }
            if (rated.size() < 2) {
                problems.add("scale: levels needs at least two rated levels, best first");
            }
            RatingScale.Declared notApplicable = def.notApplicable() == null ? null
                    : level(def.notApplicable(), "scale notApplicable");
            RatingScale.Declared notRated = def.notRated() == null ? null : level(def.notRated(), "scale notRated");
            if (notApplicable == null || notRated == null) {
                problems.add("scale: notApplicable and notRated are both needed (the levels of an item that does "
                        + "not apply and of one nothing rated)");
            }
            if (!problems.isEmpty()) {
                return RatingScale.MET_SCALE;
            }
            try {
                return RatingScale.of(rated, notApplicable, notRated);
            } catch (IllegalArgumentException e) {
                problems.add("scale: " + e.getMessage());
                return RatingScale.MET_SCALE;
            }
        }

        private RatingScale.Declared level(QuestionnaireDefinition.LevelDef level, String where) {
            if (level.code() == null || !LEVEL_CODE.matcher(level.code()).matches()) {
                problems.add(where + " '" + level.code() + "': a code is 1 to 40 lower-case letters, digits and '-'");
            }
            text(where + " " + level.code(), "label", level.label());
            text(where + " " + level.code(), "letter", level.letter());
            if (level.colour() == null || !COLOUR.matcher(level.colour()).matches()) {
                problems.add(where + " " + level.code() + ": colour must be #rrggbb, not '" + level.colour() + "'");
            }
            return new RatingScale.Declared(level.code(), level.label(), level.letter(), level.colour());
        }

        private OutcomeDeclaration outcome(QuestionnaireDefinition.OutcomeDef o, List<OutcomeDeclaration> before) {
            String where = "outcome " + o.name();
            if (o.name() == null || !LEVEL_CODE.matcher(o.name()).matches()) {
                problems.add(where + ": a name is 1 to 40 lower-case letters, digits and '-'");
            } else if (before.stream().anyMatch(b -> b.name().equals(o.name()))) {
                problems.add(where + " is declared twice");
            }
            text(where, "label", o.label());
            List<Option> values = new ArrayList<>();
            for (QuestionnaireDefinition.OptionDef v : list(o.values())) {
                if (v.id() == null || !LEVEL_CODE.matcher(v.id()).matches()) {
                    problems.add(where + ": value '" + v.id() + "' is not 1 to 40 lower-case letters, digits and '-'");
                }
                text(where + " value " + v.id(), "label", v.label());
                values.add(new Option(v.id(), v.label()));
            }
            if (values.size() < 2) {
                problems.add(where + ": an outcome needs at least two values");
            }
            return new OutcomeDeclaration(o.name(), o.label(), values);
        }

        private Standard standard(QuestionnaireDefinition.StandardDef st) {
            id("standard", st.id());
            text("standard " + st.id(), "title", st.title());
            List<Criterion> criteria = new ArrayList<>();
            for (QuestionnaireDefinition.CriterionDef c : list(st.criteria())) {
                id("criterion", c.id());
                text("criterion " + c.id(), "title", c.title());
                List<Question> questions = new ArrayList<>();
                for (QuestionnaireDefinition.QuestionDef q : list(c.questions())) {
                    questions.add(question(q));
                }
                nonEmpty("criterion " + c.id(), "questions", questions);
                if (questions.stream().noneMatch(q -> q.type().isRated())) {
                    problems.add("criterion " + c.id() + " has no rated question (only evidence)");
                }
                criteria.add(new Criterion(c.id(), c.title(), orEmpty(c.description()), questions));
            }
            nonEmpty("standard " + st.id(), "criteria", criteria);
            String description = st.description() == null || st.description().isBlank() ? st.title() : st.description();
            return new Standard(st.id(), st.title(), description, criteria);
        }

        private Question question(QuestionnaireDefinition.QuestionDef q) {
            String where = "question " + q.id();
            id("question", q.id());
            text(where, "text", q.text());
            text(where, "help", q.help());
            QuestionType type = QuestionType.fromCode(String.valueOf(q.type())).orElse(null);
            if (type == null) {
                problems.add(where + ": unknown type '" + q.type() + "' (expected one of yes-partly-no, agreement, "
                        + "number, choice, evidence)");
                type = QuestionType.EVIDENCE;
            }
            List<Option> options = new ArrayList<>();
            for (QuestionnaireDefinition.OptionDef o : list(q.options())) {
                if (!Ids.isValid(o.id())) {
                    problems.add(where + ": option id '" + o.id() + "' is not " + Ids.RULE);
                }
                text(where + " option " + o.id(), "label", o.label());
                options.add(new Option(o.id(), o.label()));
            }
            if (type == QuestionType.CHOICE && options.size() < 2) {
                problems.add(where + ": a choice question needs at least two options");
            }
            if (type != QuestionType.CHOICE && !options.isEmpty()) {
                problems.add(where + ": only choice questions have options");
            }
            if (type == QuestionType.NUMBER && (q.min() == null || q.max() == null || q.min() >= q.max())) {
                problems.add(where + ": a number question needs min < max");
            }
            if (type != QuestionType.NUMBER && (q.min() != null || q.max() != null)) {
                problems.add(where + ": only number questions have min and max");
            }
            if (type == QuestionType.EVIDENCE && Boolean.TRUE.equals(q.notApplicable())) {
                problems.add(where + ": an evidence question is never rated, so not-applicable makes no sense");
            }
            int maxLength = q.maxLength() == null ? DEFAULT_EVIDENCE_LENGTH : q.maxLength();
            if (maxLength < 1) {
                problems.add(where + ": maxLength must be positive");
            }
            return new Question(q.id(), q.text(), q.help(), type, Boolean.TRUE.equals(q.notApplicable()),
                    q.min(), q.max(), q.unit(), options, maxLength);
        }

        private void id(String kind, String id) {
            if (!Ids.isValid(id)) {
                problems.add(kind + " id '" + id + "' is not " + Ids.RULE);
            } else if (!seen.add(id)) {
                problems.add(kind + " id '" + id + "' is used twice; ids must be unique in a questionnaire");
            }
        }

        private void text(String where, String field, String value) {
            if (value == null || value.isBlank()) {
                problems.add(where + ": " + field + " is missing");
            }
        }

        private void nonEmpty(String where, String field, List<?> items) {
            if (items.isEmpty()) {
                problems.add(where + ": " + field + " is empty");
            }
        }

        private static <T> List<T> list(List<T> items) {
            return items == null ? List.of() : items;
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
