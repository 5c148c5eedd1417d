package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assessor.Fixture;
import org.assessor.core.Rating;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionReaderTest {
    private final Fixture fixture = Fixture.get();

    private List<FieldError> errorsOf(String json) {
        try {
            fixture.submission(json);
        } catch (SubmissionInvalid e) {
            return e.errors();
        }
        throw new AssertionError("expected the submission to be rejected: " + json);
    }

    @Test
    void readsRespondentsWithRolesAndAnswersOfEveryType() {
        Submission s = fixture.submission("""
                {'questionnaireId': 'demo', 'site': {'id': 'swl', 'name': 'South West London'}, 'cycle': 'baseline',
                 'respondents': [
                   {'id': 'ceo', 'role': 'board', 'answers': {'1.1.a.1': 'yes', '1.1.b.1': 4, '1.1.c.1': 2.5,
                     '1.1.c.2': 'policy', '1.1.a.3': 'Board minutes, March', '2.1.c.1': 'not-applicable'}},
                   {'role': 'frontline-staff', 'answers': {'1.1.a.1': 'dont-know', '1.2.a.1': null}}]}
                """);
        assertThat(s.mode()).isEqualTo(Mode.SELF);
        assertThat(s.cycle()).isEqualTo("baseline");
        assertThat(s.respondents()).extracting(Respondent::id).containsExactly("ceo", "r2");
        assertThat(s.respondents().get(0).answers()).hasSize(6);
        assertThat(s.respondents().get(0).answers().get("1.1.c.1").display()).isEqualTo("2.5");
        assertThat(s.respondents().get(1).answers()).containsOnlyKeys("1.1.a.1");
    }

    @Test
    void topLevelAnswersAreShorthandForOneRespondent() {
        Submission s = fixture.submission("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {'1.1.a.1': 'no'}}");
        assertThat(s.respondents()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("r1");
            assertThat(r.answers()).containsKey("1.1.a.1");
        });
        assertThat(s.site().name()).as("name defaults to the id").isEqualTo("a");
    }

    @Test
    void peerModeTakesCriterionRatings() {
        Submission s = fixture.submission("""
                {'questionnaireId': 'demo', 'site': {'id': 'a'}, 'mode': 'peer',
                 'ratings': {'1.1.a': 'met', '2.1.c': 'not-applicable'}}
                """);
        assertThat(s.mode()).isEqualTo(Mode.PEER);
        assertThat(s.ratings()).containsEntry("1.1.a", Rating.MET).containsEntry("2.1.c", Rating.NOT_APPLICABLE);
        assertThat(s.respondents()).isEmpty();
    }

    @Nested
    class RejectsWithThePointerAndReason {

        @Test
        void unknownQuestionnaire() {
            assertThat(errorsOf("{'questionnaireId': 'nope', 'site': {'id': 'a'}, 'answers': {}}"))
                    .containsExactly(new FieldError("/questionnaireId", "unknown questionnaire 'nope'; one of [demo]"));
        }

        @Test
        void unknownQuestionnaireVersion() {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'questionnaireVersion': '9.0', 'site': {'id': 'a'},"
                    + " 'answers': {}}")).extracting(FieldError::pointer).containsExactly("/questionnaireVersion");
        }

        @Test
        void unknownQuestion() {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {'9.9.z.1': 'yes'}}"))
                    .containsExactly(new FieldError("/answers/9.9.z.1",
                            "unknown question; questionnaire demo 1.0.0 has no question '9.9.z.1'"));
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
                "1.1.a.1 | 'maybe'  | expected \"yes\", \"partly\" or \"no\", not 'maybe'",
                "1.1.a.1 | 1        | expected \"yes\", \"partly\" or \"no\", not a number",
                "1.1.b.1 | 6        | expected a whole number from 1 (strongly disagree) to 5 (strongly agree)",
                "1.1.b.1 | 3.5      | expected a whole number from 1 (strongly disagree) to 5 (strongly agree)",
                "1.1.b.1 | 'agree'  | expected a whole number from 1 (strongly disagree) to 5 (strongly agree)",
                "1.1.c.1 | 21       | 21 is out of range 0 to 20",
                "1.1.c.1 | -1       | -1 is out of range 0 to 20",
                "1.1.c.1 | 'three'  | expected a number from 0 to 20",
                "1.1.c.2 | 'luck'   | expected one of [quality, policy, finance], not 'luck'",
                "1.1.a.3 | 12       | expected text (free-text evidence)",
                "1.1.b.1 | true     | expected a whole number from 1 (strongly disagree) to 5 (strongly agree)",
                "1.2.a.1 | 'not-applicable' | this question does not accept not-applicable"})
        void answerOfTheWrongTypeOrOutOfRange(String question, String value, String message) {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {'" + question + "': "
                    + value + "}}")).containsExactly(new FieldError("/answers/" + question, message));
        }

        @Test
        void evidenceLongerThanAllowed() {
            String text = "x".repeat(4001);
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {'1.1.a.3': '" + text
                    + "'}}")).containsExactly(new FieldError("/answers/1.1.a.3", "is longer than 4000 characters"));
        }

        @Test
        void unknownFieldsAnywhere() {
            assertThat(errorsOf("""
                    {'questionnaireId': 'demo', 'sitee': 1, 'site': {'id': 'a', 'region': 'x'},
                     'respondents': [{'role': 'board', 'answers': {}, 'age': 40}]}
                    """)).extracting(FieldError::pointer)
                    .containsExactlyInAnyOrder("/sitee", "/site/region", "/respondents/0/age");
        }

        @Test
        void wrongJsonTypesForFields() {
            assertThat(errorsOf("{'questionnaireId': 7, 'site': 'swl', 'respondents': {}}"))
                    .extracting(FieldError::pointer).containsExactlyInAnyOrder("/questionnaireId", "/site", "/respondents");
        }

        @Test
        void missingSiteAndAnswers() {
            assertThat(errorsOf("{'questionnaireId': 'demo'}")).extracting(FieldError::pointer)
                    .containsExactlyInAnyOrder("/site", "/respondents");
        }

        @Test
        void badSiteId() {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': '../etc'}, 'answers': {}}"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.pointer()).isEqualTo("/site/id");
                        assertThat(e.message()).contains("not a valid id");
                    });
        }

        @Test
        void unknownRoleAndDuplicateRespondentIds() {
            assertThat(errorsOf("""
                    {'questionnaireId': 'demo', 'site': {'id': 'a'}, 'respondents': [
                      {'id': 'x', 'role': 'boss', 'answers': {}}, {'id': 'x', 'role': 'board', 'answers': {}}]}
                    """)).extracting(FieldError::pointer).containsExactly("/respondents/0/role", "/respondents/1/id");
        }

        @Test
        void bothShorthandAndRespondents() {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {}, 'respondents': []}"))
                    .extracting(FieldError::pointer).containsExactly("/answers");
        }

        @Test
        void ratingsWithoutPeerModeAndAnswersInPeerMode() {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {}, 'ratings': {'1.1.a': 'met'}}"))
                    .extracting(FieldError::pointer).containsExactly("/ratings");
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'mode': 'peer', 'answers': {},"
                    + " 'ratings': {'1.1.a': 'met'}}")).extracting(FieldError::pointer).containsExactly("/answers");
        }

        @Test
        void peerRatingsOfUnknownCriteriaOrValues() {
            assertThat(errorsOf("""
                    {'questionnaireId': 'demo', 'site': {'id': 'a'}, 'mode': 'peer',
                     'ratings': {'1.1.z': 'met', '1.1.a': 'fully-met', '1.1.b': 2}}
                    """)).extracting(FieldError::pointer).containsExactly("/ratings/1.1.z", "/ratings/1.1.a", "/ratings/1.1.b");
        }

        @Test
        void unknownMode() {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'mode': 'audit', 'answers': {}}"))
                    .containsExactly(new FieldError("/mode", "expected \"self\" or \"peer\""));
        }

        @Test
        void everyErrorAtOnce() {
            assertThat(errorsOf("""
                    {'questionnaireId': 'demo', 'site': {'id': 'a'},
                     'answers': {'1.1.a.1': 'perhaps', '1.1.b.1': 9, 'x': 'yes'}}
                    """)).hasSize(3);
        }

        @Test
        void aPointerEscapesSlashesInKeys() {
            assertThat(errorsOf("{'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {'a/b~c': 'yes'}}"))
                    .extracting(FieldError::pointer).containsExactly("/answers/a~1b~0c");
        }

        @Test
        void notAnObject() {
            assertThatThrownBy(() -> fixture.submission("[1, 2]")).isInstanceOf(SubmissionInvalid.class)
                    .hasMessageContaining("expected a JSON object");
        }
    }
}
