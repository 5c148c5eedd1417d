package org.assessor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.assessor.BundledData;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.result.QuestionnaireRef;
import org.assessor.store.ResultCodec;

/**
 * A result as the API's JSON ({@link ResultView} through {@link ApiJson}), which is also how the
 * store keeps it, so a stored result is returned byte for byte. The composition root gives it to
 * the stores. Thread-safe.
 */
public final class ResultJson implements ResultCodec {
    private final QuestionnaireCatalog questionnaires;

    /** Reads results of the bundled questionnaires on their scales. */
    public ResultJson() {
        this(QuestionnaireCatalog.load(BundledData.questionnaires()));
    }

    /** Reads results of the questionnaires in {@code questionnaires} on their scales. */
    public ResultJson(QuestionnaireCatalog questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public QuestionnaireRef questionnaire(String id, String version) {
        try {
            return QuestionnaireRef.of(questionnaires.get(id, version));
        } catch (NoSuchQuestionnaire e) {
            return new QuestionnaireRef(id, version, null, RatingScale.MET_SCALE, List.of());
        }
    }

    @Override
    public String write(AssessmentResult result) {
        try {
            return ApiJson.mapper().writeValueAsString(ResultView.of(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result as JSON", e);
        }
    }

    @Override
    public AssessmentResult read(String json) {
        try {
            ResultView view = ApiJson.mapper().readValue(json, ResultView.class);
            return view.toDomain(questionnaire(view.questionnaire().id(), view.questionnaire().version()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
