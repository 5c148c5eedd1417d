package org.assessor.comparison;

import org.assessor.AssessorException;

/** Thrown when a comparison's filter contradicts itself, e.g. a date range that ends before it starts. */
public final class ComparisonFilterInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ComparisonFilterInvalid(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The filter field at fault, as the query parameter is named: {@code questionnaire}, {@code from}, {@code to}, ... */
    public String field() {
        return field;
    }
}
