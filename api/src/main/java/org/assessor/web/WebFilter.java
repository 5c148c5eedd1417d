package org.assessor.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * What every web page gets and every form is checked for, before any page resource runs:
 * <ul>
 *   <li>who is signed in (the {@value #SESSION} cookie), and a {@link WebContext} with a fresh
 *       CSP nonce and the CSRF token of the session, or, for respondents and visitors, of the
 *       {@value #CSRF} cookie (set here when missing: a double-submit token);</li>
 *   <li>every {@code POST} to a page must carry that token as the form field {@code _csrf} (in a
 *       url-encoded or a multipart body); one that does not gets 403 and changes nothing, and one too
 *       large to read (1 MB, or the rule-set upload limit and 1 MB for multipart) gets 413;</li>
 *   <li>every page response gets a Content-Security-Policy without {@code unsafe-inline} (scripts
 *       only from this server or with the page's nonce), {@code Referrer-Policy: no-referrer} (a
 *       respondent's link is in the address and must not leak to other sites), framing refused,
 *       and {@code nosniff}.</li>
 * </ul>
 * A problem a page request ends in (an unknown path, a server error) is shown as a page, not as
 * problem+json. Paths under {@code /api/} and {@code /health} are the REST API's and pass untouched.
 */
@PreMatching
@Priority(5)
public final class WebFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** The session cookie. */
    public static final String SESSION = "assessor_session";
    /** The double-submit CSRF cookie of visitors who are not signed in. */
    public static final String CSRF = "assessor_csrf";
    private static final int MAX_FORM_BYTES = 1 << 20;
    /** The largest multipart form read: a rule-set upload's files and the form's own fields. */
    private static final int MAX_MULTIPART_BYTES = (int) org.assessor.app.RuleSetUpload.MAX_TOTAL_BYTES + (1 << 20);

    private final Accounts accounts;
    private final Pages pages;

    public WebFilter(Accounts accounts, Pages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    /** The paths of the web pages; everything else is the REST API's (or nobody's). */
    private static final java.util.regex.Pattern PAGES = java.util.regex.Pattern.compile(
            "/|/(sign-in|sign-out|rounds|peer|programme|rulesets|audit)(/.*)?|/(assets|respond|results)/.*");

    static boolean isPage(String path) {
        return PAGES.matcher(path).matches();
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!isPage(path)) {
            return;
        }
        Cookie session = request.getCookies().get(SESSION);
        Optional<Accounts.SignedIn> person = session == null ? Optional.empty() : accounts.session(session.getValue());
        Cookie csrfCookie = request.getCookies().get(CSRF);
        boolean fresh = person.isEmpty() && (csrfCookie == null || csrfCookie.getValue().length() != 43);
        String csrf = person.map(Accounts.SignedIn::csrf)
                .orElseGet(() -> fresh ? Accounts.random() : csrfCookie.getValue());
        String proto = request.getHeaderString("X-Forwarded-Proto");
        boolean secure = "https".equals(request.getUriInfo().getRequestUri().getScheme()) || "https".equals(proto);
        WebContext context = new WebContext(Accounts.random(), csrf, fresh, person, secure);
        request.setProperty(WebContext.PROPERTY, context);
        if ("POST".equals(request.getMethod())) {
            Token token = sentToken(request, csrf);
            if (token == Token.TOO_LARGE) {
                request.abortWith(pages.render(413, "error.jte", context.page("The files are too large"),
                        "What you sent is larger than the service takes (" + (MAX_MULTIPART_BYTES >> 20) + " MB for"
                                + " files), so nothing was changed. Go back and send fewer or smaller files."));
            } else if (token != Token.SENT) {
                request.abortWith(pages.render(403, "error.jte", context.page("This form has expired"),
                        "The form was sent without the right security token, so nothing was changed. Go back, reload"
                                + " the page and try again."));
            }
        }
    }

    /**
     * True if the form in {@code request}'s body carries {@code expected} as {@code _csrf}, in an
     * {@code application/x-www-form-urlencoded} body or as a plain field of a {@code multipart/form-data}
     * one; the body is kept for the resource.
     */
    private static Token sentToken(ContainerRequestContext request, String expected) {
        MediaType type = request.getMediaType();
        boolean multipart = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (type == null || !(multipart || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE))) {
            return Token.MISSING;
        }
        int max = multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES;
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(max + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        if (body.length > max) {
            return Token.TOO_LARGE;
        }
        if (multipart) {
            return Multipart.boundary(request.getHeaderString("Content-Type"))
                    .flatMap(b -> Multipart.field(Multipart.parse(body, b), "_csrf"))
                    .map(sent -> same(sent, expected)).orElse(Token.MISSING);
        }
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("_csrf")) {
                return same(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8), expected);
            }
        }
        return Token.MISSING;
    }

    /** What a form's body says about its token: the right one, none or a wrong one, or too large to read. */
    private enum Token { SENT, MISSING, TOO_LARGE }

    private static Token same(String sent, String expected) {
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))
                ? Token.SENT : Token.MISSING;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        WebContext context = WebContext.of(request);
        if (context == null) {
            return;
        }
        if (response.getEntity() instanceof org.assessor.api.ProblemView problem) {
            String title = switch (response.getStatus()) {
                case 404, 405 -> "Page not found";
                case 403 -> "You cannot see this page";
                default -> response.getStatus() >= 500 ? "Sorry, there is a problem with the service" : "There is a problem";
            };
            String detail = response.getStatus() >= 500 ? "Try again later. If it goes on, tell the service's"
                    + " administrator this reference: " + problem.requestId() + "." : problem.detail();
            response.setEntity(pages.html("error.jte", context.page(title), detail), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + context.nonce()
                + "'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self';"
                + " frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (context.newCsrfCookie()) {
            headers.add("Set-Cookie", new NewCookie.Builder(CSRF).value(context.csrf()).path("/").httpOnly(true)
                    .secure(context.secure()).sameSite(NewCookie.SameSite.STRICT).build());
        }
    }
}
