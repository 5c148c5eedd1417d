package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.Map;
import org.assessor.StrictJson;
import org.assessor.api.ApiJson;
import org.assessor.api.ResultView;
import org.assessor.result.AssessmentResult;
import org.assessor.store.RatingsDocument;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;

/** An impact analysis reads the same ratings from an evaluation, a stored result and a compact ratings document. */
class RatingsTest {

    @Test
    void aStoredResultAndItsCompactRatingsGiveTheRatingsOfTheEvaluation() throws JsonProcessingException {
        Engine engine = Engine.start(FixtureServer.config(Path.of("unused")).engine());
        AssessmentResult result = engine.evaluator().evaluate(engine.reader().read(
                StrictJson.read(Submissions.standard12("ratings", "partly", "no").getBytes())));

        Ratings evaluated = Ratings.of(result);

        assertThat(evaluated.overall()).isEqualTo("partly-met");
        assertThat(evaluated.standards()).containsExactly(Map.entry("1.1", "met"),
                Map.entry("1.2", "not-met"), Map.entry("2.1", "met"));
        assertThat(Ratings.ofJson(ApiJson.mapper().writeValueAsString(ResultView.of(result)))).isEqualTo(evaluated);
        assertThat(Ratings.ofJson(RatingsDocument.of(result).toJson())).isEqualTo(evaluated);
    }
}
