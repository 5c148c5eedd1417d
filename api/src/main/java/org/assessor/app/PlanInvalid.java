package org.assessor.app;

import java.util.List;
import org.assessor.AssessorException;
import org.assessor.assessment.FieldError;

/** An action-plan change that is wrong; {@link #errors()} names each field at fault. */
public final class PlanInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public PlanInvalid(List<FieldError> errors) {
        super(errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** Each field at fault. */
    public List<FieldError> errors() {
        return errors;
    }
}
