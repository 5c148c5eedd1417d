package org.assessor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.assessor.StrictJson;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;

/**
 * Reads a stored submission again for re-evaluation: for the questionnaire version it answered
 * (not whatever version is latest now), and without the rule-set version it may have asked for,
 * since the re-evaluation says which version to use.
 */
final class StoredSubmissions {
    private StoredSubmissions() {
    }

    static Submission read(SubmissionReader reader, String submissionJson, String questionnaireVersion) {
        JsonNode document = StrictJson.read(submissionJson.getBytes(StandardCharsets.UTF_8));
        if (document instanceof ObjectNode object) {
            object.put("questionnaireVersion", questionnaireVersion);
            object.remove("ruleSetVersion");
        }
        return reader.read(document);
    }
}
