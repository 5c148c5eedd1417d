package org.assessor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assessor.assessment.FieldError;

/**
 * The errors of one form, as the NHS pattern shows them: an error summary linking to each field,
 * and a message at the field. Field ids are the form's own; the service's JSON pointers are
 * translated to them by the page.
 */
public record FormErrors(Map<String, String> byField) {

    public FormErrors {
        byField = new LinkedHashMap<>(byField);
    }

    /** No errors. */
    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    /** The errors {@code errors}, each at the field {@code fieldOf} names for its pointer (the first error per field wins). */
    public static FormErrors of(List<FieldError> errors, Function<String, String> fieldOf) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.putIfAbsent(fieldOf.apply(e.pointer()), sentence(e.message()));
        }
        return new FormErrors(byField);
    }

    /** True if there are any. */
    public boolean any() {
        return !byField.isEmpty();
    }

    /** The message at {@code field}, or null. */
    public String at(String field) {
        return byField.get(field);
    }

    /** The form-group class for {@code field}: with the error modifier when it has an error. */
    public String groupClass(String field) {
        return byField.containsKey(field) ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group";
    }

    /** Each field and its message, for the error summary. */
    public List<Map.Entry<String, String>> entries() {
        return new ArrayList<>(byField.entrySet());
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
