package org.assessor.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assessor.Ids;
import org.assessor.assessment.FieldError;
import org.assessor.round.NewInvitation;
import org.assessor.round.NewRound;
import org.assessor.round.RoundInvalid;

/**
 * Reads the JSON bodies of the round endpoints into their requests, collecting every field at
 * fault (unknown fields too) with a JSON pointer, as submissions are read.
 */
public final class RoundRequests {
    private static final Set<String> ROUND_FIELDS = Set.of("site", "questionnaireId", "cycle", "opensAt", "closesAt",
            "expected", "anonymous", "minGroup", "prefill");
    private static final Set<String> INVITATION_FIELDS = Set.of("role", "name", "email", "cap");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    private RoundRequests() {
    }

    /**
     * A new round: {@code {"site": {"id", "name"}, "questionnaireId", "cycle", "opensAt"?,
     * "closesAt", "expected": {"board": 2, ...}, "anonymous"?, "minGroup"?, "prefill"?}}.
     *
     * @throws RoundInvalid listing each field at fault
     */
    public static NewRound round(JsonNode body) {
        Fields f = new Fields(body, "", ROUND_FIELDS);
        JsonNode site = f.object("site", true);
        String siteId = null;
        String siteName = null;
        if (site != null) {
            Fields s = new Fields(site, "/site", Set.of("id", "name"));
            siteId = s.id("id", true);
            siteName = s.text("name", false, 200);
            f.errors.addAll(s.errors);
        }
        String questionnaireId = f.id("questionnaireId", true);
        String cycle = f.id("cycle", true);
        Instant opens = f.instant("opensAt", false);
        Instant closes = f.instant("closesAt", true);
        Map<String, Integer> expected = new LinkedHashMap<>();
        JsonNode given = f.object("expected", true);
        if (given != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                expected.put(e.getKey(), e.getValue().canConvertToInt() && e.getValue().isIntegralNumber()
                        ? e.getValue().asInt() : null);
            }
            if (expected.isEmpty()) {
                f.add("/expected", "name at least one role and how many of it, e.g. {\"board\": 2}");
            }
        }
        boolean anonymous = f.flag("anonymous");
        Integer minGroup = f.integer("minGroup");
        boolean prefill = f.flag("prefill");
        f.done();
        return new NewRound(siteId, siteName, questionnaireId, cycle, opens, closes, expected, anonymous, minGroup,
                prefill);
    }

    /**
     * Invitations: {@code {"invitations": [{"role", "name"?, "email"?}, {"role", "cap"}]}}; one with
     * a {@code cap} is an open link for that many respondents of the role.
     *
     * @throws RoundInvalid listing each field at fault
     */
    public static List<NewInvitation> invitations(JsonNode body) {
        Fields f = new Fields(body, "", Set.of("invitations"));
        JsonNode list = body.get("invitations");
        List<NewInvitation> invitations = new ArrayList<>();
        if (list == null || !list.isArray()) {
            f.add("/invitations", "expected an array of {\"role\", \"name\", \"email\"} or {\"role\", \"cap\"}");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Fields one = new Fields(list.get(i), "/invitations/" + i, INVITATION_FIELDS);
                String role = one.text("role", true, 64);
                String name = one.text("name", false, 200);
                String email = one.text("email", false, 320);
                if (email != null && !EMAIL.matcher(email).matches()) {
                    one.add("/invitations/" + i + "/email", "is not an e-mail address");
                }
                Integer cap = one.integer("cap");
                if (cap != null && (name != null || email != null)) {
                    one.add("/invitations/" + i + "/cap", "an open link (with a cap) has no name or e-mail");
                }
                f.errors.addAll(one.errors);
                invitations.add(new NewInvitation(role, name, email, cap));
            }
        }
        f.done();
        return invitations;
    }

    /**
     * The answers to save: {@code {"answers": {question id: answer or null}}}.
     *
     * @throws RoundInvalid if the body has other fields or no answers object
     */
    public static JsonNode answers(JsonNode body) {
        Fields f = new Fields(body, "", Set.of("answers"));
        JsonNode answers = f.object("answers", true);
        f.done();
        return answers;
    }

    /** Field readers over one JSON object, collecting errors. */
    private static final class Fields {
        private final JsonNode node;
        private final String at;
        private final List<FieldError> errors = new ArrayList<>();

        Fields(JsonNode node, String at, Set<String> known) {
            this.node = node;
            this.at = at;
            if (node == null || !node.isObject()) {
                add(at.isEmpty() ? "" : at, "expected a JSON object");
                return;
            }
            node.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    add(at + "/" + name, "unknown field; expected one of " + known.stream().sorted().toList());
                }
            });
        }

        void add(String pointer, String message) {
            errors.add(new FieldError(pointer, message));
        }

        JsonNode get(String name, boolean required) {
            JsonNode value = node == null || !node.isObject() ? null : node.get(name);
            if ((value == null || value.isNull()) && required && node != null && node.isObject()) {
                add(at + "/" + name, "is required");
            }
            return value == null || value.isNull() ? null : value;
        }

        JsonNode object(String name, boolean required) {
            JsonNode value = get(name, required);
            if (value != null && !value.isObject()) {
                add(at + "/" + name, "expected an object");
                return null;
            }
            return value;
        }

        String text(String name, boolean required, int max) {
            JsonNode value = get(name, required);
            if (value == null) {
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
                add(at + "/" + name, "expected text of 1 to " + max + " characters");
                return null;
            }
            return value.asText();
        }

        String id(String name, boolean required) {
            String text = text(name, required, 64);
            if (text != null && !Ids.isValid(text)) {
                add(at + "/" + name, "is not a valid id: " + Ids.RULE);
                return null;
            }
            return text;
        }

        Instant instant(String name, boolean required) {
            String text = text(name, required, 40);
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                add(at + "/" + name, "expected a moment such as 2027-01-31T17:00:00Z");
                return null;
            }
        }

        boolean flag(String name) {
            JsonNode value = get(name, false);
            if (value != null && !value.isBoolean()) {
                add(at + "/" + name, "expected true or false");
            }
            return value != null && value.asBoolean();
        }

        Integer integer(String name) {
            JsonNode value = get(name, false);
            if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
                add(at + "/" + name, "expected a whole number");
                return null;
            }
            return value == null ? null : value.asInt();
        }

        void done() {
            if (!errors.isEmpty()) {
                throw new RoundInvalid(errors);
            }
        }
    }
}
