package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.assessor.Fixture;
import org.assessor.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

class AnswerSheetTest {
    private final Questionnaire demo = Fixture.get().questionnaires.latest("demo");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFewAnswersAtATimeAreCheckedAsInAWholeSubmissionAndNullClearsOne() throws Exception {
        AnswerSheet.check(demo, json.readTree("{\"1.1.a.1\": \"yes\", \"1.1.b.1\": null, \"1.1.c.1\": 3}"));

        assertThatThrownBy(() -> AnswerSheet.check(demo, json.readTree(
                "{\"1.1.a.1\": \"maybe\", \"1.1.b.1\": 9, \"9.9\": \"yes\", \"1.1.c.1\": 2}")))
                .isInstanceOfSatisfying(SubmissionInvalid.class, e -> assertThat(e.errors())
                        .extracting(FieldError::pointer, FieldError::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("/answers/1.1.a.1",
                                        "expected \"yes\", \"partly\" or \"no\", not 'maybe'"),
                                org.assertj.core.groups.Tuple.tuple("/answers/1.1.b.1",
                                        "expected a whole number from 1 (strongly disagree) to 5 (strongly agree)"),
                                org.assertj.core.groups.Tuple.tuple("/answers/9.9",
                                        "unknown question; questionnaire demo 1.0.0 has no question '9.9'")));
    }

    @Test
    void aResponseIsCompleteWhenEveryRatedQuestionIsAnsweredEvidenceBeingOptional() {
        Set<String> rated = demo.questions().values().stream().filter(q -> q.type().isRated())
                .map(q -> q.id()).collect(java.util.stream.Collectors.toSet());
        assertThat(AnswerSheet.missing(demo, rated)).isEmpty();
        assertThat(AnswerSheet.missing(demo, Set.of("1.1.a.1"))).contains("1.1.a.2", "1.1.b.1")
                .doesNotContain("1.1.a.1", "1.1.a.3");
        assertThat(AnswerSheet.incomplete(demo, Set.of()).errors()).first()
                .satisfies(e -> assertThat(e.pointer()).isEqualTo("/answers/1.1.a.1"))
                .satisfies(e -> assertThat(e.message()).contains("dont-know is an answer too"));
    }
}
