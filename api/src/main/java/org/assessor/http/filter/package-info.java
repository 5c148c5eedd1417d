/**
 * Request filters, in the order they run: {@link org.assessor.http.filter.RequestIdFilter} gives
 * every request an id (kept in the logging MDC and echoed in {@code X-Request-Id});
 * {@link org.assessor.http.filter.AccessLogFilter} logs one line per request, without bodies or
 * credentials; {@link org.assessor.http.filter.RequestLimitsFilter} refuses odd paths and query
 * strings; {@link org.assessor.http.filter.AccessFilter} applies the access policy and gives
 * resources the {@link org.assessor.access.Caller} ({@link org.assessor.http.filter.CallerBinder}).
 */
package org.assessor.http.filter;
