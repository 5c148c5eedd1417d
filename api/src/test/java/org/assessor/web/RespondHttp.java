package org.assessor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A respondent's browser, as far as plain HTTP goes: HTTP/1.1 (Grizzly and the JDK's HTTP/2
 * upgrade do not mix), its own cookies, no redirects followed (tests look at each 303), and forms
 * sent with the CSRF token of the last page read. Not thread-safe.
 */
final class RespondHttp {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String csrf;

    RespondHttp(URI base) {
        this.base = base;
    }

    /** {@code GET path}; remembers the page's CSRF token, if it has a form. */
    HttpResponse<String> get(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** Posts the form {@code fields} (name, value, name, value, …) to {@code path} with the last page's token. */
    HttpResponse<String> post(String path, String... fields) {
        if (csrf == null) {
            throw new IllegalStateException("read a page with a form first");
        }
        String[] all = new String[fields.length + 2];
        all[0] = "_csrf";
        all[1] = csrf;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return postRaw(path, all);
    }

    /** Posts exactly {@code fields} (no token added). */
    HttpResponse<String> postRaw(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The address a 303 points to, as a path. */
    static String location(HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
