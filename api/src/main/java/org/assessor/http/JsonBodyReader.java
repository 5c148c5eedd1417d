package org.assessor.http;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assessor.MalformedJson;
import org.assessor.StrictJson;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.Request;

/**
 * Reads {@code application/json} request bodies into {@link JsonBody}: at most {@code maxBytes}
 * bytes (else {@link BodyTooLarge}, before reading anything when {@code Content-Length} says so),
 * arriving within {@code deadline} (else {@link BodyTooSlow}, so a client that trickles its body
 * cannot hold a worker thread for long), in UTF-8 (a {@code charset} parameter naming anything
 * else gets 415), parsed by {@link StrictJson} (else {@link MalformedJson}). With a {@code Content-Length} it
 * reads exactly that many bytes rather than waiting for the stream's end, which Grizzly never
 * signals on a request that offered a protocol upgrade (see {@link UpgradeOfferIgnorer}); such
 * a request without a length is refused ({@link BodyUnreadable}). On a Grizzly connection each read
 * waits at most until the deadline (the connection's read timeout is lowered for it), so a body
 * that trickles and then stalls is refused at the deadline, not one read timeout after it.
 * Thread-safe.
 */
@Consumes(MediaType.APPLICATION_JSON)
public final class JsonBodyReader implements MessageBodyReader<JsonBody> {
    /** How long a body may take to arrive, from the first read. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    private static final int CHUNK = 8192;
    private final long maxBytes;
    private final Duration deadline;
    /** The Grizzly request being served; injected by Jersey, absent when the reader is used on its own. */
    @Inject
    private Provider<Request> request;

    public JsonBodyReader(long maxBytes) {
        this(maxBytes, DEFAULT_DEADLINE);
    }

    /** A reader of bodies of at most {@code maxBytes} bytes that arrive within {@code deadline}. */
    public JsonBodyReader(long maxBytes, Duration deadline) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonBody.class;
    }

    @Override
    public JsonBody readFrom(Class<JsonBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                             MultivaluedMap<String, String> headers, InputStream body) {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new NotSupportedException("JSON bodies are UTF-8; charset=" + charset + " is not accepted");
        }
        long length = contentLength(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        if (length > maxBytes) {
            throw new BodyTooLarge(maxBytes);
        }
        if (length < 0 && headers.containsKey("Upgrade")) {
            throw new BodyUnreadable("a request that offers a protocol upgrade must give its body's "
                    + "Content-Length (or send it without the Upgrade header)", null);
        }
        long stop = System.nanoTime() + deadline.toNanos();
        Connection<?> connection = connection();
        long readTimeout = connection == null ? -1 : connection.getReadTimeout(TimeUnit.MILLISECONDS);
        try {
            InputStream bounded = connection == null ? body : new DeadlineInputStream(body, connection, readTimeout,
                    stop);
            return new JsonBody(StrictJson.read(length < 0 ? readToEnd(bounded, stop)
                    : readExactly(bounded, (int) length, stop)));
        } catch (IOException e) {
            checkDeadline(stop);
            throw new BodyUnreadable("the request body could not be read: " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                connection.setReadTimeout(readTimeout, TimeUnit.MILLISECONDS);
            }
        }
    }

    private Connection<?> connection() {
        try {
            return request == null ? null : request.get().getContext().getConnection();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    private byte[] readToEnd(InputStream body, long stop) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        for (int n = body.read(chunk); n != -1; n = body.read(chunk)) {
            if (bytes.size() + (long) n > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
            bytes.write(chunk, 0, n);
            checkDeadline(stop);
        }
        return bytes.toByteArray();
    }

    private byte[] readExactly(InputStream body, int length, long stop) throws IOException {
        byte[] bytes = new byte[length];
        int read = 0;
        while (read < length) {
            int n = body.read(bytes, read, Math.min(CHUNK, length - read));
            if (n < 0) {
                throw new BodyUnreadable("the request body ended after " + read + " of the " + length
                        + " bytes its Content-Length announced", null);
            }
            read += n;
            if (read < length) {
                checkDeadline(stop);
            }
        }
        return bytes;
    }

    private void checkDeadline(long stop) {
        if (System.nanoTime() - stop > 0) {
            throw new BodyTooSlow("the request body did not arrive within " + (deadline.toMillis() % 1000 == 0
                    ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms") + "; send it at once");
        }
    }

    /** The announced length; -1 if absent, or too malformed to trust (Grizzly refuses those first). */
    private static long contentLength(String header) {
        return header != null && header.matches("\\d{1,18}") ? Long.parseLong(header) : -1;
    }
}
