package org.assessor.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assessor.StrictJson;
import org.assessor.api.ApiJson;
import org.assessor.api.AssessmentListView;
import org.assessor.api.ResultView;
import org.assessor.assessment.FieldError;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentQuery;
import org.assessor.store.AssessmentStore;
import org.assessor.store.AssessmentSummary;
import org.assessor.store.NoSuchAssessment;
import org.assessor.store.RatingsDocument;
import org.assessor.store.StoredAssessment;

/**
 * Evaluates submissions and keeps assessments: what the REST resources (and anything else that
 * serves users) call. Each method is one use case. Thread-safe.
 */
public final class AssessmentService {
    private final Engine engine;
    private final AssessmentStore store;
    private final AssessmentIds ids;

    public AssessmentService(Engine engine, AssessmentStore store, AssessmentIds ids) {
        this.engine = engine;
        this.store = store;
        this.ids = ids;
    }

    /** A newly stored assessment: its id and its result's JSON, exactly as stored. */
    public record Created(String id, byte[] resultJson) {
    }

    /**
     * Reads and evaluates the submission {@code document}, storing nothing.
     *
     * @throws SubmissionInvalid listing every field at fault
     */
    public ResultView evaluate(JsonNode document) {
        return ResultView.of(evaluateDocument(document));
    }

    /**
     * Reads, evaluates and stores the submission {@code document}. When this returns, the
     * assessment is durably stored with a new id, and {@link Created#resultJson()} holds the
     * bytes {@link #result(String)} will return for it.
     *
     * @throws SubmissionInvalid listing every field at fault; nothing is stored
     */
    public Created create(JsonNode document) {
        AssessmentResult result = evaluateDocument(document).withId(ids.next());
        String resultJson = json(ResultView.of(result));
        AssessmentSummary summary = new AssessmentSummary(result.id(), result.evaluatedAt(),
                result.questionnaire().id(), result.questionnaire().version(), result.ruleSet().version(),
                result.ruleSet().hash(), result.site().id(), result.site().name(), result.mode().code(),
                result.cycle(), result.overall().rating().code());
        StoredAssessment stored = new StoredAssessment(summary, json(document), resultJson,
                RatingsDocument.of(result).toJson());
        store.save(stored);
        return new Created(stored.id(), stored.resultBytes());
    }

    /**
     * The result of the stored assessment {@code id}, byte for byte as returned when it was created.
     *
     * @throws NoSuchAssessment if there is none with that id
     */
    public byte[] result(String id) {
        if (!AssessmentIds.isWellFormed(id)) {
            throw new NoSuchAssessment(id);
        }
        return store.find(id).orElseThrow(() -> new NoSuchAssessment(id)).resultBytes();
    }

    /** One page of stored assessments matching {@code query}, newest first. */
    public AssessmentListView list(AssessmentQuery query) {
        return AssessmentListView.of(store.list(query), query.limit());
    }

    private AssessmentResult evaluateDocument(JsonNode document) {
        Submission submission = engine.reader().read(document);
        try {
            return engine.evaluator().evaluate(submission);
        } catch (NoSuchRuleSet e) {
            throw new SubmissionInvalid(List.of(new FieldError("/questionnaireId",
                    "questionnaire '" + submission.questionnaireId() + "' has no active rule set to rate it")));
        }
    }

    private static String json(Object value) {
        try {
            return value instanceof JsonNode node ? StrictJson.mapper().writeValueAsString(node)
                    : ApiJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of " + value.getClass().getSimpleName(), e);
        }
    }
}
