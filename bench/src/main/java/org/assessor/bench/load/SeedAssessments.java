package org.assessor.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.bench.SubmissionGenerator;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;

/**
 * Stores generated assessments on a running server through {@code POST /api/assessments}, for
 * the batch benchmarks (impact analysis and comparison over many stored assessments): random
 * but valid submissions of one questionnaire ({@link SubmissionGenerator}, 1 to 5 respondents,
 * one in six a peer review), reproducible from the seed. Prints the rate and the latency
 * percentiles of the posts as it goes; fails on any answer but 201.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.assessor.bench.load.SeedAssessments
 * URL [COUNT=10000] [QUESTIONNAIRE=organisational-change] [CONNECTIONS=4] [SEED=1] [VERSION=latest]}: VERSION
 * is the questionnaire version the submissions answer, which the server's active rule set must rate.
 */
public final class SeedAssessments {
    private SeedAssessments() {
    }

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args[0].replaceAll("/$", "") + "/api/assessments");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String questionnaireId = args.length > 2 ? args[2] : "organisational-change";
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        String version = args.length > 5 ? args[5] : null;

        QuestionnaireCatalog catalog = Engine.forAuditing(EngineConfig.defaults()).questionnaires();
        Questionnaire questionnaire = version == null ? catalog.latest(questionnaireId)
                : catalog.get(questionnaireId, version);
        SubmissionGenerator generator = new SubmissionGenerator(questionnaire, seed);
        ObjectMapper json = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode document = generator.next();
            bodies.add(json.writeValueAsBytes(document));
        }

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build();
                    long t = System.nanoTime();
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies[i] = System.nanoTime() - t;
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("submission " + i + " got " + response.statusCode());
                    }
                    if ((i + 1) % 1000 == 0) {
                        System.out.printf("%d stored, %.0f/s%n", i + 1,
                                (i + 1) / ((System.nanoTime() - started) / 1e9));
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("stored %d %s assessments in %.1f s: %.0f/s over %d connections; latency p50 %.1f ms, "
                        + "p99 %.1f ms%n", count, questionnaireId, seconds, count / seconds, connections,
                sorted[count / 2] / 1e6, sorted[count * 99 / 100] / 1e6);
    }
}
