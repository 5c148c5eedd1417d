package org.assessor.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assessor.api.ApiJson;
import org.assessor.app.RuleSetTexts;
import org.assessor.rules.RuleSetSource;

/** Bodies of {@code POST /api/rulesets/{questionnaireId}}. */
public final class Uploads {
    private Uploads() {
    }

    /** The upload of every file of {@code source} under its manifest's version. */
    public static String of(RuleSetSource source) {
        return of(source.manifest().version(), RuleSetTexts.of(source));
    }

    /** The upload of {@code files} (name to text, or {@code base64:...}) as version {@code version}. */
    public static String of(String version, Map<String, String> files) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("files", files);
        try {
            return ApiJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
