package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.questionnaire.NoSuchQuestionnaire;

/** 404: no questionnaire, or no version of it, has the id asked for. */
public final class NoSuchQuestionnaireMapper implements ExceptionMapper<NoSuchQuestionnaire> {

    @Override
    public Response toResponse(NoSuchQuestionnaire e) {
        return Problems.of(404, "no-such-questionnaire", "No such questionnaire", e.getMessage());
    }
}
