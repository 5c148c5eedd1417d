package org.assessor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;

/** One of several threads storing assessments at once, for the tests that nothing is lost or stored twice. */
public final class ConcurrentWriter {
    private ConcurrentWriter() {
    }

    /**
     * A task that stores {@code count} submissions for {@code site} through {@code api}, strong
     * and weak in turn (starting according to {@code thread}), checks each is acknowledged with
     * 201 and an id no one was given before, and records the acknowledged body under its id.
     */
    public static Callable<Void> storing(ApiClient api, String site, int thread, int count,
                                         Map<String, byte[]> acknowledged) {
        return () -> {
            for (int i = 0; i < count; i++) {
                String body = (i + thread) % 2 == 0 ? Submissions.strong(site) : Submissions.weak(site);
                HttpResponse<byte[]> response = api.post("/api/assessments", body);
                assertThat(response.statusCode()).isEqualTo(201);
                String id = json(response).get("id").asText();
                assertThat(acknowledged.put(id, response.body())).as("id %s given twice", id).isNull();
            }
            return null;
        };
    }
}
