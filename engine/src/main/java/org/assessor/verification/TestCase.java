package org.assessor.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.QuestionType;
import org.assessor.questionnaire.Questionnaire;

/**
 * One test case of a rule set, read from {@code tests/*.json}:
 * <pre>
 * { "description": "what it shows",
 *   "fill": "yes",                      // optional: answer the rest yes (agreement 5), partly (3) or no (1)
 *   "submission": { ... },              // as POSTed; questionnaireId and site may be left out
 *   "expect": { "overall": "partly-met", "sections": {"1": "met"}, "standards": {"2.4": "not-met"},
 *               "criteria": {"2.4.a": "not-met"}, "disagreements": ["1.1.a"], "lowAgreement": ["1.1"],
 *               "actions": ["A2.4-1"], "absentActions": ["A1.1-1"],
 *               "readiness": {"verdict": "ready", "placement": "demonstration"} } }
 * </pre>
 */
record TestCase(String description, JsonNode submission, JsonNode expect) {
    private static final Set<String> FIELDS = Set.of("description", "fill", "submission", "expect");
    private static final Map<String, String[]> FILL = Map.of(
            "yes", new String[] {"yes", "5"}, "partly", new String[] {"partly", "3"}, "no", new String[] {"no", "1"});

    /**
     * Reads a test case, completing its submission with the questionnaire id, a test site and the
     * fill answers.
     *
     * @throws IllegalArgumentException describing what is wrong with the file
     */
    static TestCase read(JsonNode file, Questionnaire questionnaire) {
        if (!file.isObject()) {
            throw new IllegalArgumentException("a test case is a JSON object with description, submission and expect");
        }
        for (Iterator<String> names = file.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'; expected " + FIELDS);
            }
        }
        if (!(file.get("submission") instanceof ObjectNode given) || !file.path("expect").isObject()) {
            throw new IllegalArgumentException("a test case needs a submission object and an expect object");
        }
        ObjectNode submission = given.deepCopy();
        submission.putIfAbsent("questionnaireId", TextNode.valueOf(questionnaire.id()));
        submission.putIfAbsent("questionnaireVersion", TextNode.valueOf(questionnaire.version()));
        if (!submission.has("site")) {
            submission.putObject("site").put("id", "test-site").put("name", "Test site");
        }
        if (file.has("fill")) {
            String[] fill = FILL.get(file.get("fill").asText());
            if (fill == null) {
                throw new IllegalArgumentException("fill must be yes, partly or no");
            }
            fill(submission, questionnaire, fill);
        }
        return new TestCase(file.path("description").asText(""), submission, file.get("expect"));
    }

    private static void fill(ObjectNode submission, Questionnaire questionnaire, String[] fill) {
        List<ObjectNode> answerSets = new ArrayList<>();
        if (submission.get("answers") instanceof ObjectNode answers) {
            answerSets.add(answers);
        }
        submission.path("respondents").forEach(r -> {
            if (r.get("answers") instanceof ObjectNode answers) {
                answerSets.add(answers);
            }
        });
        if (answerSets.isEmpty() && !"peer".equals(submission.path("mode").asText())) {
            answerSets.add(submission.putObject("answers"));
        }
        for (ObjectNode answers : answerSets) {
            for (Question q : questionnaire.questions().values()) {
                if (!answers.has(q.id()) && q.type() == QuestionType.YES_PARTLY_NO) {
                    answers.put(q.id(), fill[0]);
                } else if (!answers.has(q.id()) && q.type() == QuestionType.AGREEMENT) {
                    answers.set(q.id(), IntNode.valueOf(Integer.parseInt(fill[1])));
                }
            }
        }
    }
}
