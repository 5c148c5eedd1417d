package org.assessor.round;

import java.util.List;
import org.assessor.AssessorException;
import org.assessor.assessment.FieldError;

/** A request to make a round or invitations that is wrong; {@link #errors()} names each field at fault. */
public final class RoundInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public RoundInvalid(List<FieldError> errors) {
        super(errors.size() + " error" + (errors.size() == 1 ? "" : "s") + ": " + errors.get(0).pointer() + " "
                + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** Each field at fault, with a JSON pointer and why. */
    public List<FieldError> errors() {
        return errors;
    }
}
