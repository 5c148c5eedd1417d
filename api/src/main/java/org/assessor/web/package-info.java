/**
 * The web pages people use: sign-in (local accounts and single sign-on), the respondent's journey
 * through a round, the site lead's rounds and results, the peer reviewer's ratings, the
 * commissioner's programme dashboard and the auditor's rule-set pages. Pages are JTE templates
 * ({@code src/main/jte}) that escape by HTML context, rendered by {@link org.assessor.web.Pages};
 * resources here are thin, as the REST ones are, and call the same services. Every form carries a
 * CSRF token checked by {@link org.assessor.web.WebFilter}, which also sets a strict
 * Content-Security-Policy with a nonce per page. Every page works without JavaScript.
 */
package org.assessor.web;
