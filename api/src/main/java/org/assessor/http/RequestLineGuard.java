package org.assessor.http;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.assessor.http.filter.RequestIds;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of Jersey's Grizzly container and answers 400 (problem+json) for a request
 * Jersey cannot even turn into a URI: a broken percent-escape in the path or query, characters
 * URIs do not allow, or an odd {@code Host}. Left alone, Jersey's container fails on those with
 * a 500 and Grizzly's HTML error page, stack trace included. Also supplies the error page
 * Grizzly uses for anything else it answers itself: a one-line problem without a stack trace.
 */
public final class RequestLineGuard extends HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLineGuard.class);
    /** What a URI's path may hold besides letters, digits and percent-escapes (RFC 3986 pchar and '/'). */
    private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/";
    /** What a query may hold besides those: the path's characters and '?'. */
    private static final String QUERY_CHARS = PATH_CHARS + "?";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]*|\\[[0-9A-Fa-f:.]+]");

    private final HttpHandler jersey;

    public RequestLineGuard(HttpHandler jersey) {
        super("assessor");
        this.jersey = jersey;
    }

    /** Grizzly's own error responses: status and reason only, never the exception. */
    public static final ErrorPageGenerator ERROR_PAGE = (request, status, reason, description, exception) ->
            "{\"type\":\"about:blank\",\"title\":\"" + (reason == null ? "Error" : reason.replaceAll("[^A-Za-z -]", ""))
                    + "\",\"status\":" + status + "}";

    @Override
    public void service(Request request, Response response) throws Exception {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String host = request.getServerName();
        if (path == null || !path.startsWith("/") || !uriText(path, PATH_CHARS)) {
            refuse(request, response, "invalid-path", "Invalid path", "the request path has a broken "
                    + "percent-escape or characters a URI cannot hold");
        } else if (query != null && !uriText(query, QUERY_CHARS)) {
            refuse(request, response, "invalid-parameter", "Invalid parameter", "the query string has a broken "
                    + "percent-escape or characters a URI cannot hold");
        } else if (host != null && !HOST.matcher(host).matches()) {
            refuse(request, response, "invalid-host", "Invalid Host header", "the Host header is not a host name "
                    + "or address");
        } else {
            try {
                jersey.service(request, response);
            } catch (Exception | Error e) {
                LOG.error("the request failed before Jersey could handle it", e);
                throw e;
            }
        }
    }

    /**
     * True if {@code text} holds only ASCII letters and digits, the characters of {@code allowed},
     * and well-formed percent-escapes. A plain loop: a regular expression with an alternation
     * under a star recurses once per character and overflows the stack on a long query.
     */
    static boolean uriText(String text, String allowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || allowed.indexOf(c) >= 0))) {
                return false;
            }
        }
        return true;
    }

    private static void refuse(Request request, Response response, String kind, String title, String detail)
            throws java.io.IOException {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        byte[] body = ("{\"type\":\"urn:assessor:problem:" + kind + "\",\"title\":\"" + title + "\",\"status\":400,"
                + "\"detail\":\"" + detail + "\",\"requestId\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(400);
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setHeader(RequestIds.HEADER, id);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }
}
