package org.assessor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.assessor.Ids;

/** Collects {@link FieldError}s while a document is read, with helpers for common field checks. */
final class Errors {
    private static final int MAX_QUOTED = 80;
    private final List<FieldError> errors = new ArrayList<>();

    void add(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
    }

    boolean any() {
        return !errors.isEmpty();
    }

    SubmissionInvalid failure() {
        return new SubmissionInvalid(errors);
    }

    void unknownFields(JsonNode object, String at, Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                add(at + "/" + escape(name), "unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    String requiredId(JsonNode object, String pointer) {
        String id = optionalId(object, pointer);
        if (id == null && !errorAt(pointer)) {
            add(pointer, "is required");
        }
        return id;
    }

    String optionalId(JsonNode object, String pointer) {
        String text = optionalText(object, pointer, 64);
        if (text != null && !Ids.isValid(text)) {
            add(pointer, "'" + quote(text) + "' is not a valid id: " + Ids.RULE);
            return null;
        }
        return text;
    }

    String requiredText(JsonNode object, String pointer, int maxLength) {
        String text = optionalText(object, pointer, maxLength);
        if (text == null && !errorAt(pointer)) {
            add(pointer, "is required");
        }
        return text;
    }

    String optionalText(JsonNode object, String pointer, int maxLength) {
        JsonNode node = object.get(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            add(pointer, "expected a string");
            return null;
        }
        if (node.asText().length() > maxLength) {
            add(pointer, "is longer than " + maxLength + " characters");
            return null;
        }
        return node.asText();
    }

    private boolean errorAt(String pointer) {
        return errors.stream().anyMatch(e -> e.pointer().equals(pointer));
    }

    /** Escapes a key for use in a JSON pointer (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Shortens user text echoed in a message. */
    static String quote(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }
}
