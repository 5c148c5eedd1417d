package org.assessor.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assessor.StrictJson;
import org.assessor.assessment.Roles;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;

/**
 * Makes submissions for fuzzing, from a questionnaire's own definition: mostly well-formed ones
 * with a few things wrong (wrong JSON types, unknown ids, out-of-range and odd values, huge and
 * strange strings, unknown fields), some valid ones, and some made wrong at the text level
 * (duplicate keys, deep nesting, truncation). Deterministic for a given {@link Random}.
 */
public final class SubmissionGenerator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] ODD_STRINGS = {"", " ", "\u0000", "é", "\u202Eevil", "😀😀", "\uD800", "a/b~c",
            "../../etc/passwd", "' OR '1'='1", "<script>alert(1)</script>", "null", "NaN", "-0", "1e309",
            "%00", "\r\n", "x".repeat(65), "\\u0000", "{\"a\":1}"};

    private final Random random;
    private final List<Questionnaire> questionnaires;

    /** A generator of submissions to {@code questionnaires}, drawing on {@code random}. */
    public SubmissionGenerator(Random random, List<Questionnaire> questionnaires) {
        this.random = random;
        this.questionnaires = List.copyOf(questionnaires);
    }

    /** A submission's JSON text, for site {@code site} when the site is left valid. */
    public String next(String site) {
        int kind = random.nextInt(100);
        if (kind < 8) {
            return textMutation(write(structured(site, false)));
        }
        if (kind < 10) {
            return pick("{\"questionnaireId\": \"demo\", \"site\": {\"id\": \"" + site + "\"}, \"answers\": "
                    + "{\"1.1.b.1\": 1e999999999}}", "1e999999999", "[0e-999999999]", "-0", "\"\"", "[]", "{}",
                    "null", "true");
        }
        if (kind < 16) {
            return write(anyJson(0));
        }
        return write(structured(site, kind < 50));
    }

    /** A submission that is valid for {@code questionnaire}, whatever else varies. */
    public ObjectNode valid(Questionnaire questionnaire, String site) {
        return build(questionnaire, site, true);
    }

    private ObjectNode structured(String site, boolean valid) {
        Questionnaire questionnaire = questionnaires.get(random.nextInt(questionnaires.size()));
        ObjectNode submission = build(questionnaire, site, valid);
        if (!valid) {
            int mistakes = 1 + random.nextInt(3);
            for (int i = 0; i < mistakes; i++) {
                breakSomething(submission);
            }
        }
        return submission;
    }

    private ObjectNode build(Questionnaire questionnaire, String site, boolean valid) {
        ObjectNode submission = JSON.objectNode();
        submission.put("questionnaireId", questionnaire.id());
        if (random.nextBoolean()) {
            submission.put("questionnaireVersion", questionnaire.version());
        }
        ObjectNode siteNode = submission.putObject("site").put("id", site);
        if (random.nextBoolean()) {
            siteNode.put("name", pick("Site " + site, "Ünïcødé Trust", "😀", ""));
        }
        if (random.nextInt(4) == 0) {
            submission.put("cycle", pick("baseline", "2026-follow-up", "c1"));
        }
        boolean peer = random.nextInt(4) == 0;
        if (peer) {
            submission.put("mode", "peer");
            ObjectNode ratings = submission.putObject("ratings");
            for (Criterion criterion : questionnaire.criteria().values()) {
                if (ratings.isEmpty() || random.nextInt(3) > 0) {
                    // any level of the questionnaire's own scale (met ... for the E-MHIP scale, stages for another)
                    List<Rating> levels = questionnaire.scale().all();
                    ratings.put(criterion.id(), levels.get(random.nextInt(levels.size())).code());
                }
            }
            return submission;
        }
        if (random.nextBoolean()) {
            submission.put("mode", "self");
        }
        int respondents = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4);
        if (respondents == 0) {
            submission.set("answers", answers(questionnaire));
        } else {
            ArrayNode list = submission.putArray("respondents");
            for (int i = 0; i < respondents; i++) {
                ObjectNode respondent = list.addObject();
                respondent.put("role", Roles.ALL.get(random.nextInt(Roles.ALL.size())));
                if (random.nextBoolean()) {
                    respondent.put("id", "respondent-" + i);
                }
                respondent.set("answers", answers(questionnaire));
            }
        }
        return submission;
    }

    private ObjectNode answers(Questionnaire questionnaire) {
        ObjectNode answers = JSON.objectNode();
        for (Question question : questionnaire.questions().values()) {
            if (random.nextInt(5) > 0) {
                answers.set(question.id(), validAnswer(question));
            }
        }
        return answers;
    }

    private JsonNode validAnswer(Question question) {
        if (question.notApplicable() && random.nextInt(10) == 0) {
            return JSON.textNode("not-applicable");
        }
        return switch (question.type()) {
            case YES_PARTLY_NO -> JSON.textNode(pick("yes", "partly", "no"));
            case AGREEMENT -> JSON.numberNode(1 + random.nextInt(5));
            case NUMBER -> {
                double min = question.min() == null ? 0 : question.min();
                double max = question.max() == null ? min + 100 : question.max();
                yield random.nextBoolean() ? JSON.numberNode((int) Math.ceil(min))
                        : JSON.numberNode(BigDecimal.valueOf(min + (max - min) * random.nextDouble())
                        .setScale(2, java.math.RoundingMode.DOWN).max(BigDecimal.valueOf(min)));
            }
            case CHOICE -> JSON.textNode(question.options().get(random.nextInt(question.options().size())).id());
            case EVIDENCE -> JSON.textNode("Board minutes, item " + random.nextInt(100));
        };
    }

    /** Makes one thing wrong somewhere in {@code submission}. */
    private void breakSomething(ObjectNode submission) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(submission, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        switch (random.nextInt(6)) {
            case 0 -> target.set(oddString(40), anyJson(2));
            case 1 -> {
                if (!names.isEmpty()) {
                    target.remove(names.get(random.nextInt(names.size())));
                }
            }
            case 2 -> {
                if (!names.isEmpty()) {
                    target.set(names.get(random.nextInt(names.size())), anyJson(2));
                }
            }
            case 3 -> submission.put("questionnaireId", pick("nope", "", "DEMO", "../demo", oddString(80)));
            case 4 -> (submission.path("site").isObject() ? (ObjectNode) submission.get("site")
                    : submission.putObject("site")).set("id", anyScalar());
            default -> {
                if (submission.path("respondents").isArray()) {
                    ArrayNode many = submission.putArray("respondents");
                    for (int i = 0; i < 101; i++) {
                        many.addObject().put("role", "other").putObject("answers");
                    }
                } else {
                    submission.put("mode", pick("PEER", "both", "", "self "));
                }
            }
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.forEach(child -> collectObjects(child, into));
    }

    /** Any JSON value, nested at most a few levels below {@code depth}. */
    private JsonNode anyJson(int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        return switch (kind) {
            case 6 -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(anyJson(depth + 1));
                }
                yield array;
            }
            case 7 -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(random.nextBoolean() ? oddString(10) : pick("questionnaireId", "site", "answers",
                            "respondents", "ratings", "mode", "id", "role"), anyJson(depth + 1));
                }
                yield object;
            }
            default -> anyScalar();
        };
    }

    private JsonNode anyScalar() {
        return switch (random.nextInt(8)) {
            case 7 -> JSON.numberNode(new BigDecimal(pick("1e999999999", "0e-999999999", "-1E+2147483647",
                    "1e101", "5.0e0", "1e-101")));
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextInt(2_000_001) - 1_000_000);
            case 3 -> JSON.numberNode(new BigInteger(90 + random.nextInt(10), random));
            case 4 -> JSON.numberNode(BigDecimal.valueOf(random.nextGaussian() * 1e6));
            default -> JSON.textNode(oddString(random.nextInt(3) == 0 ? 5_000 : 30));
        };
    }

    /** A string of up to {@code max} characters: odd ones, unicode, or plain. */
    private String oddString(int max) {
        if (random.nextInt(3) == 0) {
            String odd = ODD_STRINGS[random.nextInt(ODD_STRINGS.length)];
            return odd.length() <= max ? odd : odd.substring(0, max);
        }
        int length = random.nextInt(Math.max(1, max) + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> 0x20 + random.nextInt(0x5F);
                case 1 -> random.nextInt(0x20);
                case 2 -> 0xA0 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x200);
            };
            text.appendCodePoint(codePoint);
        }
        return text.length() <= max ? text.toString() : text.substring(0, max);
    }

    /** {@code json} broken at the text level: a duplicate key, deep nesting, truncation or junk. */
    private String textMutation(String json) {
        return switch (random.nextInt(5)) {
            case 0 -> json.replaceFirst("\\{", "{\"questionnaireId\": \"x\", ");
            case 1 -> "[".repeat(20 + random.nextInt(30)) + json + "]".repeat(20 + random.nextInt(30));
            case 2 -> json.substring(0, random.nextInt(Math.max(1, json.length())));
            case 3 -> json + pick(" {}", "x", ",", "\u0000");
            default -> json.replace(":", random.nextBoolean() ? "=" : "::");
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String write(JsonNode node) {
        try {
            return StrictJson.mapper().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
