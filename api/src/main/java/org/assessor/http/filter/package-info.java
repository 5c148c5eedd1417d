/**
 * Request filters: {@link org.assessor.http.filter.RequestIdFilter} gives every request an id
 * (kept in the logging MDC and echoed in {@code X-Request-Id}); {@link org.assessor.http.filter.AccessLogFilter}
 * logs one line per request, without bodies or credentials.
 */
package org.assessor.http.filter;
