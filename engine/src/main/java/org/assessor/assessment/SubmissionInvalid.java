package org.assessor.assessment;

import java.util.List;
import org.assessor.AssessorException;

/** Thrown when a submission is well-formed JSON but wrong; lists every field at fault. */
public final class SubmissionInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public SubmissionInvalid(List<FieldError> errors) {
        super("the submission has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ": "
                + errors.stream().limit(3).map(e -> e.pointer() + " " + e.message()).toList()
                + (errors.size() > 3 ? " ..." : ""));
        this.errors = List.copyOf(errors);
    }

    /** Every error, in document order. */
    public List<FieldError> errors() {
        return errors;
    }
}
