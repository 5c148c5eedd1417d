/**
 * Error responses: one {@link jakarta.ws.rs.ext.ExceptionMapper} per exception type, each
 * answering {@code application/problem+json} (RFC 9457) through {@link org.assessor.http.error.Problems},
 * with the request id and, for invalid input, every field at fault. No response carries a
 * stack trace; unexpected failures are logged with theirs under the request id.
 */
package org.assessor.http.error;
