/**
 * The REST API on Jersey: {@link org.assessor.http.AssessorApplication} lists every resource,
 * provider, filter and exception mapper (no scanning). Resources are thin: they parse the
 * request, make one call to a service in {@code org.assessor.app} or the engine, and return
 * one record, the API view of what the service returned ({@code org.assessor.api}). Request
 * bodies are read by {@link org.assessor.http.JsonBodyReader} (size limit, strict JSON); errors
 * become {@code application/problem+json} in {@code org.assessor.http.error}.
 */
package org.assessor.http;
