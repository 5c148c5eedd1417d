package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assessor.testing.ApiClient;
import org.assessor.testing.ConcurrentWriter;
import org.assessor.testing.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Submissions from several threads at once are each stored exactly once, none lost or mixed up. */
@ExtendWith(SharedServer.class)
class ConcurrentWritesTest {
    private static final int THREADS = 8;
    private static final int EACH = 25;
    private static final String SITE = "concurrent-site";
    private final ApiClient api;

    ConcurrentWritesTest(ApiClient api) {
        this.api = api;
    }

    @Test
    void eightThreadsOfTwentyFiveSubmissionsAreStoredExactlyOnce() throws Exception {
        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                writers.add(pool.submit(ConcurrentWriter.storing(api, SITE, t, EACH, acknowledged)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(acknowledged).hasSize(THREADS * EACH);
        List<String> listed = listAll();
        assertThat(listed).hasSize(THREADS * EACH);
        assertThat(new HashSet<>(listed)).isEqualTo(acknowledged.keySet());
        for (String id : listed.subList(0, 10)) {
            assertThat(api.get("/api/assessments/" + id).body()).isEqualTo(acknowledged.get(id));
        }
    }

    private List<String> listAll() {
        List<String> ids = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String query = "/api/assessments?site=" + SITE + "&limit=100";
        JsonNode page = json(api.get(query));
        while (true) {
            page.get("items").forEach(i -> ids.add(i.get("id").asText()));
            if (!page.has("nextCursor")) {
                return ids;
            }
            assertThat(cursors.add(page.get("nextCursor").asText())).isTrue();
            page = json(api.get(query + "&cursor=" + page.get("nextCursor").asText()));
        }
    }
}
