/**
 * Access control: who calls ({@link org.assessor.access.Caller}, never the token itself), the
 * token file that says so ({@link org.assessor.access.AccessTokens}, reloadable through
 * {@link org.assessor.access.AccessControl}), and what each role may do: the per-path table of
 * {@link org.assessor.access.AccessPolicy}, and within an endpoint the site, author and mode
 * rules of {@link org.assessor.access.Caller}. The HTTP side applies them in
 * {@link org.assessor.http.filter.AccessFilter}; services receive the caller. See
 * {@code docs/security.md}.
 */
package org.assessor.access;
