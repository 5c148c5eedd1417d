package org.assessor.report;

import org.assessor.AssessorException;

/** Thrown when a report cannot be written, e.g. because its output stream failed. */
public final class ReportFailed extends AssessorException {
    private static final long serialVersionUID = 1L;

    public ReportFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
