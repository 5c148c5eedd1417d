package org.assessor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.assessor.Fixture;
import org.junit.jupiter.api.Test;

class QuestionnaireReaderTest {
    private final QuestionnaireReader reader = new QuestionnaireReader();

    private QuestionnaireInvalid failure(String json) {
        try {
            reader.read("test.json", json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        } catch (QuestionnaireInvalid e) {
            return e;
        }
        throw new AssertionError("expected the definition to be rejected");
    }

    @Test
    void readsTheFixtureWithItsStructureAndLookups() {
        Questionnaire q = reader.read(Fixture.path("fixture/questionnaires/demo/1.0.0.json"));
        assertThat(q.sections()).hasSize(2);
        assertThat(q.standards()).containsOnlyKeys("1.1", "1.2", "2.1");
        assertThat(q.criteria()).hasSize(8);
        assertThat(q.criterionOf("1.1.c.2").id()).isEqualTo("1.1.c");
        assertThat(q.standardOf("2.1.a").id()).isEqualTo("2.1");
        assertThat(q.sectionOf("2.1").title()).isEqualTo("Planning");
        assertThat(q.criterion("1.1.a").orElseThrow().ratedQuestionCount()).as("evidence is not rated").isEqualTo(2);
        assertThat(q.standard("1.1").orElseThrow().description()).as("defaults to the title")
                .isEqualTo("The organisation is ready for change");
    }

    @Test
    void listsEveryProblemOfABrokenDefinition() {
        QuestionnaireInvalid e = failure("""
                {'id': 'x', 'version': '1', 'title': 'X', 'sections': [{'id': 's', 'title': 'S', 'standards': [
                  {'id': 's', 'title': 'Dup', 'criteria': [{'id': 'c', 'title': 'C', 'questions': [
                    {'id': 'q1', 'type': 'choice', 'text': 'Pick', 'help': 'h', 'options': [{'id': 'a', 'label': 'A'}]},
                    {'id': 'q2', 'type': 'number', 'text': 'How many', 'help': 'h', 'min': 5, 'max': 1},
                    {'id': 'q3', 'type': 'yes-partly-no', 'text': 'Is it?'},
                    {'id': 'q 4', 'type': 'colour', 'text': 'T', 'help': 'h'}]}]}]}]}
                """);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "standard id 's' is used twice; ids must be unique in a questionnaire",
                "question q1: a choice question needs at least two options",
                "question q2: a number question needs min < max",
                "question q3: help is missing",
                "question id 'q 4' is not 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
                "question q 4: unknown type 'colour' (expected one of yes-partly-no, agreement, number, choice, evidence)");
    }

    private static final String SECTIONS = """
            'sections': [{'id': 's', 'title': 'S', 'standards': [{'id': 't', 'title': 'T', 'criteria': [
              {'id': 'c', 'title': 'C', 'questions': [{'id': 'q', 'type': 'yes-partly-no', 'text': 'Q', 'help': 'h'}]}]}]}]}
            """;

    @Test
    void aDeclaredScaleAndOutcomeAreReadWithTheirRanksBestFirst() {
        Questionnaire q = reader.read("test.json", ("""
                {'id': 'x', 'version': '1', 'title': 'X',
                 'scale': {'levels': [{'code': 'high', 'label': 'High', 'letter': 'H', 'colour': '#005eb8'},
                                      {'code': 'mid', 'label': 'Middling', 'letter': 'M', 'colour': '#41b6e6'},
                                      {'code': 'low', 'label': 'Low', 'letter': 'L', 'colour': '#ffffff'}],
                           'notApplicable': {'code': 'n-a', 'label': 'Does not apply', 'letter': 'X', 'colour': '#d8dde0'},
                           'notRated': {'code': 'unknown', 'label': 'Unknown', 'letter': '?', 'colour': '#ffffff'}},
                 'outcomes': [{'name': 'band', 'label': 'Band', 'values': [{'id': 'a', 'label': 'A'}, {'id': 'b', 'label': 'B'}]}],
                """ + SECTIONS).replace('\'', '"').getBytes(StandardCharsets.UTF_8));

        assertThat(q.scale().rated()).extracting(r -> r.code() + "=" + r.getRank())
                .containsExactly("high=2", "mid=1", "low=0");
        assertThat(q.scale().all()).extracting(r -> r.code()).containsExactly("low", "mid", "high", "n-a", "unknown");
        assertThat(q.scale().notRated().isRated()).isFalse();
        assertThat(q.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("band");
            assertThat(o.value("b")).map(Option::label).contains("B");
        });
    }

    @Test
    void aScaleOrOutcomeThatCannotWorkIsRefusedWithEveryProblem() {
        QuestionnaireInvalid e = failure("""
                {'id': 'x', 'version': '1', 'title': 'X',
                 'scale': {'levels': [{'code': 'Top!', 'label': 'Top', 'letter': 'T', 'colour': 'blue'}],
                           'notRated': {'code': 'unknown', 'label': 'Unknown', 'letter': '?', 'colour': '#ffffff'}},
                 'outcomes': [{'name': 'band', 'label': 'Band', 'values': [{'id': 'a', 'label': 'A'}]}],
                """ + SECTIONS);

        assertThat(e.problems()).contains(
                "scale level 'Top!': a code is 1 to 40 lower-case letters, digits and '-'",
                "scale level Top!: colour must be #rrggbb, not 'blue'",
                "scale: levels needs at least two rated levels, best first",
                "scale: notApplicable and notRated are both needed (the levels of an item that does not apply and of"
                        + " one nothing rated)",
                "outcome band: an outcome needs at least two values");
    }

    @Test
    void aCriterionWithOnlyEvidenceQuestionsCannotBeRated() {
        assertThat(failure("""
                {'id': 'x', 'version': '1', 'title': 'X', 'sections': [{'id': 's', 'title': 'S', 'standards': [
                  {'id': 't', 'title': 'T', 'criteria': [{'id': 'c', 'title': 'C', 'questions': [
                    {'id': 'q', 'type': 'evidence', 'text': 'Show', 'help': 'h'}]}]}]}]}
                """).problems()).containsExactly("criterion c has no rated question (only evidence)");
    }

    @Test
    void unknownFieldsAndBadJsonAreReported() {
        assertThatThrownBy(() -> reader.read("t.json", "{\"id\": \"x\", \"colour\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(QuestionnaireInvalid.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> reader.read("t.json", "{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(QuestionnaireInvalid.class).hasMessageContaining("t.json");
    }

    @Test
    void versionsOrderNumerically() {
        assertThat(VersionOrder.INSTANCE.compare("1.10.0", "1.9.0")).isPositive();
        assertThat(VersionOrder.INSTANCE.compare("1.0.0", "1.0.0")).isZero();
        assertThat(VersionOrder.INSTANCE.compare("1.0", "1.0.1")).isNegative();
    }
}
