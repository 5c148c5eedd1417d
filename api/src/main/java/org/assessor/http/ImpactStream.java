package org.assessor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assessor.AssessorException;
import org.assessor.api.ApiJson;
import org.assessor.api.ImpactView;
import org.assessor.api.ProblemView;
import org.assessor.app.Impact;
import org.assessor.app.ImpactAnalysis;
import org.assessor.app.ImpactQuery;
import org.assessor.rules.EvaluationsBusy;
import org.assessor.rules.RuleSetId;
import org.glassfish.jersey.server.ChunkedOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Impact analyses written as they run, as newline-delimited JSON ({@value #MEDIA_TYPE}): a line
 * {@code {"done":1200,"total":10000,"elapsedMillis":950}} each time an analysis reports progress (a
 * few times a second), then one line {@code {"impact":{...}}} with exactly what the JSON form of the
 * same request returns. The status (200) is sent before the analysis starts, so a failure after
 * that is the last line instead, {@code {"problem":{...}}} with the problem+json fields. Each line
 * is its own chunk, sent at once (Jersey holds a plain entity stream's first 8 KB back). A client
 * that goes away stops its analysis.
 *
 * <p>The analyses run on a pool of {@value #RUNNING} threads with {@value #WAITING} waiting; one
 * more is refused with {@link EvaluationsBusy} before anything is sent. (The analyses themselves
 * share the drafts' evaluation runner, one session at a time.) Thread-safe.
 */
final class ImpactStream {
    /** Newline-delimited JSON. */
    static final String MEDIA_TYPE = "application/x-ndjson";
    /**
     * Newline-delimited JSON with a lower server quality than JSON, so that a client that accepts
     * anything (curl's {@code Accept: *}{@code /*}, or no Accept header) gets the plain analysis:
     * with equal qualities Jersey's choice between the two methods followed the order in which
     * reflection listed them, which differs from one start to the next.
     */
    static final String ON_REQUEST = MEDIA_TYPE + "; qs=0.5";
    static final int RUNNING = 2;
    static final int WAITING = 8;
    private static final Logger LOG = LoggerFactory.getLogger(ImpactStream.class);
    private static final ObjectWriter JSON = ApiJson.mapper().writer();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ImpactAnalysis impact;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(RUNNING, RUNNING, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), task -> {
                Thread thread = new Thread(task, "impact-stream-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    ImpactStream(ImpactAnalysis impact) {
        this.impact = impact;
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts the analysis of {@code id} over {@code query}, written to the output returned.
     *
     * @throws EvaluationsBusy if as many analyses are running and waiting as the pool takes
     */
    ChunkedOutput<String> start(RuleSetId id, ImpactQuery query) {
        ChunkedOutput<String> out = new ChunkedOutput<>(String.class, "\n");
        try {
            pool.execute(() -> write(out, id, query));
        } catch (RejectedExecutionException e) {
            throw new EvaluationsBusy("as many impact analyses are running and waiting as this node takes"
                    + " (" + RUNNING + " and " + WAITING + "); ask again shortly", 5);
        }
        return out;
    }

    private void write(ChunkedOutput<String> out, RuleSetId id, ImpactQuery query) {
        try (out) {
            Impact result = impact.run(id, query, (done, total, elapsed) -> {
                Map<String, Object> progress = new LinkedHashMap<>();
                progress.put("done", done);
                progress.put("total", total);
                progress.put("elapsedMillis", elapsed.toMillis());
                line(out, progress);
            });
            line(out, Map.of("impact", ImpactView.of(result)));
        } catch (UncheckedIOException | IOException gone) {
            LOG.info("impact analysis of {} stopped: the client went away", id);
        } catch (AssessorException e) {
            problem(out, e instanceof EvaluationsBusy ? 503 : 500, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("impact analysis of {} failed", id, e);
            problem(out, 500, "an unexpected error; the server's log has the details");
        }
    }

    private static void problem(ChunkedOutput<String> out, int status, String detail) {
        try {
            line(out, Map.of("problem", new ProblemView("urn:assessor:problem:impact-stopped",
                    "The impact analysis stopped", status, detail, null, null)));
        } catch (UncheckedIOException gone) {
            // nobody to tell
        }
    }

    private static void line(ChunkedOutput<String> out, Object value) {
        try {
            out.write(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
