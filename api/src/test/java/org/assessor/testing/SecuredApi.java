package org.assessor.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** An {@link ApiClient} for a server with access control: every call names the token it sends (or null for none). */
public final class SecuredApi {
    private final ApiClient api;

    public SecuredApi(ApiClient api) {
        this.api = api;
    }

    /** The plain client. */
    public ApiClient client() {
        return api;
    }

    /** {@code method path} with {@code body} as JSON (null: none), sending {@code token} (null: no Authorization). */
    public HttpResponse<byte[]> call(String token, String method, String path, String body) {
        HttpRequest.Builder request = api.request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", ApiClient.JSON);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request);
    }

    /** {@code GET path} with {@code token}. */
    public HttpResponse<byte[]> get(String token, String path) {
        return call(token, "GET", path, null);
    }

    /** {@code POST path} with {@code body} and {@code token}. */
    public HttpResponse<byte[]> post(String token, String path, String body) {
        return call(token, "POST", path, body);
    }
}
