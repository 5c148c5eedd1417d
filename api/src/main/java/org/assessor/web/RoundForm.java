package org.assessor.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.assessment.FieldError;
import org.assessor.assessment.Roles;
import org.assessor.round.NewRound;
import org.assessor.round.RoundInvalid;

/**
 * The "open a round" form: its values as typed, its errors, and the choices it offers. Reads a
 * posted form into a {@link NewRound}: the closing date from the NHS date input (day, month,
 * year; the round closes at 17:00 UTC that day), the expected number of each role from one number
 * box per role (blank for none).
 */
public record RoundForm(Map<String, String> values, FormErrors errors, List<Choice> questionnaires,
                        List<String> roles, String fixedSite) {

    /** One questionnaire to choose. */
    public record Choice(String id, String title) {
    }

    /** The value typed in {@code field}, or "". */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** True if the checkbox {@code field} was ticked. */
    public boolean ticked(String field) {
        return "yes".equals(values.get(field));
    }

    /** The field of the form that a service error at {@code pointer} belongs to. */
    static String fieldOf(String pointer) {
        if (pointer.startsWith("/expected/")) {
            return "expected-" + pointer.substring("/expected/".length());
        }
        return switch (pointer) {
            case "/site/id", "/site" -> "site";
            case "/closesAt", "/opensAt" -> "closes-day";
            case "/questionnaireId" -> "questionnaire";
            case "/expected" -> "expected-" + Roles.ALL.get(0);
            default -> pointer.isEmpty() ? "cycle" : pointer.substring(1);
        };
    }

    /** The values of the posted {@code form}, keeping what was typed. */
    static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!name.equals("_csrf") && !list.isEmpty()) {
                values.put(name, list.get(0) == null ? "" : list.get(0).strip());
            }
        });
        return values;
    }

    /**
     * The round asked for by {@code values} for site {@code site}.
     *
     * @throws RoundInvalid naming each field this form can tell is wrong before the service sees it
     */
    static NewRound request(Map<String, String> values, String site) {
        List<FieldError> errors = new ArrayList<>();
        if (site == null || site.isBlank()) {
            errors.add(new FieldError("/site/id", "enter the site's id"));
        }
        if (values.getOrDefault("cycle", "").isBlank()) {
            errors.add(new FieldError("/cycle", "enter a cycle, such as baseline or follow-up-1"));
        }
        if (values.getOrDefault("questionnaire", "").isBlank()) {
            errors.add(new FieldError("/questionnaireId", "choose a questionnaire"));
        }
        java.time.Instant closes = null;
        try {
            closes = LocalDate.of(Integer.parseInt(values.getOrDefault("closes-year", "")),
                    Integer.parseInt(values.getOrDefault("closes-month", "")),
                    Integer.parseInt(values.getOrDefault("closes-day", ""))).atTime(17, 0).toInstant(ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError("/closesAt", "enter a real closing date, for example 31 1 2027"));
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String role : Roles.ALL) {
            String given = values.getOrDefault("expected-" + role, "");
            if (given.isBlank()) {
                continue;
            }
            try {
                expected.put(role, Integer.parseInt(given));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("/expected/" + role, "enter a whole number of people, or leave it blank"));
            }
        }
        if (expected.isEmpty() && errors.stream().noneMatch(e -> e.pointer().startsWith("/expected"))) {
            errors.add(new FieldError("/expected", "enter how many people you expect in at least one role"));
        }
        if (!errors.isEmpty()) {
            throw new RoundInvalid(errors);
        }
        return new NewRound(site, values.getOrDefault("site-name", "").isBlank() ? null : values.get("site-name"),
                values.get("questionnaire"), values.get("cycle"), null, closes, expected, "yes".equals(values.get("anonymous")),
                null, "yes".equals(values.get("prefill")));
    }

    /** The form, empty or as typed, with {@code errors}. */
    static RoundForm of(Map<String, String> values, FormErrors errors, List<Choice> questionnaires, String fixedSite) {
        return new RoundForm(values, errors, questionnaires, Roles.ALL, fixedSite);
    }
}
