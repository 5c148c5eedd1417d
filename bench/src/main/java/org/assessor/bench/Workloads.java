package org.assessor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.assessor.StrictJson;

/**
 * The submissions the benchmarks evaluate: the repository's example self-assessments of each
 * questionnaire, cut to their first three respondents (the size the targets are set for).
 */
public final class Workloads {
    /** How many respondents the benchmark submissions have. */
    public static final int RESPONDENTS = 3;

    /** The organisational-change version the example workload answers and is rated under. */
    public static final String ORGANISATIONAL_CHANGE_VERSION = "1.0.0";

    /** The readiness-for-change version the example workload answers and is rated under. */
    public static final String READINESS_VERSION = "1.0.0";

    private Workloads() {
    }

    /**
     * The organisational-change example with three respondents, as a JSON document. It answers
     * questionnaire 1.0.0 (the version of the recorded figures and of the plain-Java limit), so it
     * names that version and its rule set rather than the latest.
     */
    public static ObjectNode organisationalChange() {
        ObjectNode document = firstRespondents("1.0.0/organisational-change-respondents.json", RESPONDENTS);
        document.put("questionnaireVersion", ORGANISATIONAL_CHANGE_VERSION);
        document.put("ruleSetVersion", ORGANISATIONAL_CHANGE_VERSION);
        return document;
    }

    /**
     * The readiness-for-change example with three respondents, as a JSON document: the one that
     * answers questionnaire 1.0.0 (the version of the plain-Java limit and the recorded figures),
     * naming that version and its rule set.
     */
    public static ObjectNode readinessForChange() {
        ObjectNode document = firstRespondents("1.0.0/readiness-for-change-respondents.json", RESPONDENTS);
        document.put("questionnaireVersion", READINESS_VERSION);
        document.put("ruleSetVersion", READINESS_VERSION);
        return document;
    }

    /**
     * The organisational-change example of the latest questionnaire with three respondents,
     * naming no rule-set version: rated under the active version, as a site's submission is.
     */
    public static ObjectNode organisationalChangeActive() {
        return firstRespondents("organisational-change-respondents.json", RESPONDENTS);
    }

    /** The bundled example {@code name} with only its first {@code n} respondents. */
    public static ObjectNode firstRespondents(String name, int n) {
        ObjectNode document = (ObjectNode) example(name);
        ArrayNode all = (ArrayNode) document.get("respondents");
        ArrayNode kept = document.arrayNode();
        for (int i = 0; i < Math.min(n, all.size()); i++) {
            kept.add(all.get(i));
        }
        document.set("respondents", kept);
        return document;
    }

    /** The bundled example submission {@code name} from {@code examples/}. */
    public static JsonNode example(String name) {
        try (InputStream in = Workloads.class.getClassLoader().getResourceAsStream("bench/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("example " + name + " is not on the classpath");
            }
            return StrictJson.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
