package org.assessor.app;

import java.util.List;
import org.assessor.AssessorException;
import org.assessor.assessment.FieldError;

/**
 * Thrown when the body of a rule-set upload is well-formed JSON but not an upload: fields
 * missing or of the wrong type, too many or too large files, base64 that does not decode.
 * Problems inside the files themselves are {@link org.assessor.rules.RuleSetInvalid}.
 */
public final class RuleSetUploadInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public RuleSetUploadInvalid(List<FieldError> errors) {
        super("the upload has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s"));
        this.errors = List.copyOf(errors);
    }

    /** Each field at fault, with a JSON pointer into the body. */
    public List<FieldError> errors() {
        return errors;
    }
}
