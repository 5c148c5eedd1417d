/**
 * The web pages people use: sign-in, the respondent's journey through a round, and the site
 * lead's pages. Pages are JTE templates ({@code src/main/jte}) that escape by HTML context,
 * rendered by {@link org.assessor.web.Pages}; resources here are thin, as the REST ones are, and
 * call the same services. Every form carries a CSRF token checked by {@link org.assessor.web.WebFilter},
 * which also sets a strict Content-Security-Policy with a nonce per page. Every page works without
 * JavaScript.
 */
package org.assessor.web;
