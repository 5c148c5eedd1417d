package org.assessor.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Questionnaire;

/**
 * A peer reviewer's form: the site, the cycle, and one rating per criterion of the questionnaire
 * on its scale (a radio group named {@code c-<criterion id>}), with what was typed and the errors.
 * Where the questionnaire lets peers rate standards directly, each standard has an optional
 * radio group of its own ({@code c-<standard id>}); a rating given there stands for the standard.
 */
public record PeerForm(String questionnaireId, String questionnaireTitle, List<Group> groups, List<Choice> choices,
                       Map<String, String> values, FormErrors errors) {

    /**
     * A standard and its criteria, as one block of the form; {@code standard} is the standard
     * itself to rate as a whole, or null where the questionnaire does not allow it.
     */
    public record Group(String id, String title, Item standard, List<Item> criteria) {
    }

    /** One criterion to rate. */
    public record Item(String id, String title) {
        /** Its form field. */
        public String field() {
            return "c-" + id.replace('.', '-');
        }
    }

    /** One level a criterion can be rated. */
    public record Choice(String code, String label) {
    }

    /** The value typed in {@code field}, or "". */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    static PeerForm of(Questionnaire questionnaire, Map<String, String> values, FormErrors errors) {
        List<Group> groups = new ArrayList<>();
        questionnaire.sections().forEach(s -> s.standards().forEach(st -> groups.add(new Group(st.id(), st.title(),
                questionnaire.peerRatesStandards() ? new Item(st.id(), st.title()) : null,
                st.criteria().stream().map(c -> new Item(c.id(), c.title())).toList()))));
        List<Choice> choices = new ArrayList<>();
        for (RatingScale.Level level : questionnaire.scale().levels()) {
            if (!level.rating().code().equals("not-rated")) {
                choices.add(new Choice(level.code(), level.label()));
            }
        }
        return new PeerForm(questionnaire.id(), questionnaire.title(), groups, choices, values, errors);
    }

    /** The peer-review submission the form's {@code values} make. */
    ObjectNode submission() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("questionnaireId", questionnaireId);
        ObjectNode site = doc.putObject("site");
        site.put("id", value("site"));
        if (!value("site-name").isBlank()) {
            site.put("name", value("site-name"));
        }
        doc.put("mode", "peer");
        if (!value("cycle").isBlank()) {
            doc.put("cycle", value("cycle"));
        }
        ObjectNode ratings = doc.putObject("ratings");
        groups.forEach(g -> {
            if (g.standard() != null && !value(g.standard().field()).isBlank()) {
                ratings.put(g.id(), value(g.standard().field()));
            }
            g.criteria().forEach(c -> {
                if (!value(c.field()).isBlank()) {
                    ratings.put(c.id(), value(c.field()));
                }
            });
        });
        return doc;
    }

    /** The form field a submission error at {@code pointer} belongs to. */
    static String fieldOf(String pointer) {
        if (pointer.startsWith("/ratings/")) {
            return "c-" + pointer.substring("/ratings/".length()).replace('.', '-');
        }
        return switch (pointer) {
            case "/site/id", "/site" -> "site";
            case "/site/name" -> "site-name";
            case "/cycle" -> "cycle";
            default -> "site";
        };
    }
}
