package org.assessor.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.ActionResult;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.OutcomeResult;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;

/** Compares a result with the {@code expect} object of a test case; lists what differs. */
final class Expectations {
    private static final Set<String> FIELDS = Set.of("overall", "sections", "standards", "criteria",
            "disagreements", "lowAgreement", "actions", "absentActions", "readiness", "outcomes");

    private Expectations() {
    }

    static List<String> failures(JsonNode expect, AssessmentResult result) {
        List<String> failures = new ArrayList<>();
        for (Iterator<String> names = expect.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                failures.add("unknown expectation '" + name + "'; expected some of " + new TreeSet<>(FIELDS));
            }
        }
        RatingScale scale = result.questionnaire().scale();
        if (expect.has("overall")) {
            compare(scale, "overall rating", expect.get("overall"), result.overall().rating(), failures);
        }
        ratings(scale, "section", expect.path("sections"), id -> result.sections().stream()
                .filter(s -> s.id().equals(id)).map(SectionResult::rating).findFirst().orElse(null), failures);
        ratings(scale, "standard", expect.path("standards"), id -> result.standard(id)
                .map(StandardResult::rating).orElse(null), failures);
        ratings(scale, "criterion", expect.path("criteria"), id -> result.criterion(id)
                .map(CriterionResult::rating).orElse(null), failures);
        if (expect.has("disagreements")) {
            Set<String> wanted = new TreeSet<>();
            expect.get("disagreements").forEach(n -> wanted.add(n.asText()));
            Set<String> actual = new TreeSet<>();
            result.standards().forEach(s -> s.criteria().stream().filter(CriterionResult::disagreement)
                    .forEach(c -> actual.add(c.id())));
            if (!wanted.equals(actual)) {
                failures.add("expected disagreement on " + wanted + ", got " + actual);
            }
        }
        if (expect.has("lowAgreement")) {
            Set<String> wanted = new TreeSet<>();
            expect.get("lowAgreement").forEach(n -> wanted.add(n.asText()));
            Set<String> actual = new TreeSet<>(result.lowAgreement().stream().map(StandardResult::id).toList());
            if (!wanted.equals(actual)) {
                failures.add("expected low agreement between respondents on standards " + wanted + ", got " + actual);
            }
        }
        Set<String> actions = new TreeSet<>(result.actions().stream().map(ActionResult::id).toList());
        expect.path("actions").forEach(a -> {
            if (!actions.contains(a.asText())) {
                failures.add("expected action " + a.asText() + " to be recommended; got " + actions);
            }
        });
        expect.path("absentActions").forEach(a -> {
            if (actions.contains(a.asText())) {
                failures.add("expected action " + a.asText() + " not to be recommended");
            }
        });
        if (expect.has("readiness")) {
            readiness(expect.get("readiness"), result, failures);
        }
        outcomes(expect.path("outcomes"), result, failures);
        return failures;
    }

    /** Each expected outcome ({@code "outcomes": {"stage": "development"}}) against the one concluded. */
    private static void outcomes(JsonNode expected, AssessmentResult result, List<String> failures) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String actual = result.outcomes().stream().filter(o -> o.name().equals(e.getKey()))
                    .map(OutcomeResult::value).findFirst().orElse(null);
            if (!e.getValue().asText().equals(actual)) {
                failures.add("expected outcome " + e.getKey() + " " + e.getValue().asText() + ", got "
                        + (actual == null ? "none" : actual));
            }
        }
    }

    private static void ratings(RatingScale scale, String kind, JsonNode expected, Function<String, Rating> actual,
                                List<String> failures) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Rating rating = actual.apply(e.getKey());
            if (rating == null) {
                failures.add("no " + kind + " '" + e.getKey() + "' in the result");
            } else {
                compare(scale, kind + " " + e.getKey(), e.getValue(), rating, failures);
            }
        }
    }

    private static void compare(RatingScale scale, String what, JsonNode expected, Rating actual,
                                List<String> failures) {
        if (scale.find(expected.asText()).isEmpty()) {
            failures.add(what + ": '" + expected.asText() + "' is not a rating");
        } else if (!actual.code().equals(expected.asText())) {
            failures.add("expected " + what + " " + expected.asText() + ", got " + actual.code());
        }
    }

    private static void readiness(JsonNode expected, AssessmentResult result, List<String> failures) {
        if (result.readiness() == null) {
            failures.add("expected a readiness verdict; the rules gave none");
            return;
        }
        String verdict = result.readiness().verdict().code();
        String placement = result.readiness().placement().code();
        if (expected.has("verdict") && !expected.get("verdict").asText().equals(verdict)) {
            failures.add("expected readiness verdict " + expected.get("verdict").asText() + ", got " + verdict);
        }
        if (expected.has("placement") && !expected.get("placement").asText().equals(placement)) {
            failures.add("expected placement " + expected.get("placement").asText() + ", got " + placement);
        }
    }
}
