package org.assessor.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.assessor.MalformedJson;
import org.assessor.StrictJson;

/**
 * Reads {@code application/json} request bodies into {@link JsonBody}: at most {@code maxBytes}
 * bytes (else {@link BodyTooLarge}, before reading anything when {@code Content-Length} says so),
 * parsed by {@link StrictJson} (else {@link MalformedJson}). With a {@code Content-Length} it
 * reads exactly that many bytes rather than waiting for the stream's end, which Grizzly never
 * signals on a request that offered a protocol upgrade (see {@link UpgradeOfferIgnorer}); such
 * a request without a length is refused ({@link BodyUnreadable}). Thread-safe.
 */
@Consumes(MediaType.APPLICATION_JSON)
public final class JsonBodyReader implements MessageBodyReader<JsonBody> {
    private static final int CHUNK = 8192;
    private final long maxBytes;

    public JsonBodyReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonBody.class;
    }

    @Override
    public JsonBody readFrom(Class<JsonBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                             MultivaluedMap<String, String> headers, InputStream body) {
        long length = contentLength(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        if (length > maxBytes) {
            throw new BodyTooLarge(maxBytes);
        }
        if (length < 0 && headers.containsKey("Upgrade")) {
            throw new BodyUnreadable("a request that offers a protocol upgrade must give its body's "
                    + "Content-Length (or send it without the Upgrade header)", null);
        }
        try {
            return new JsonBody(StrictJson.read(length < 0 ? readToEnd(body) : readExactly(body, (int) length)));
        } catch (IOException e) {
            throw new BodyUnreadable("the request body could not be read: " + e.getMessage(), e);
        }
    }

    private byte[] readToEnd(InputStream body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        for (int n = body.read(chunk); n != -1; n = body.read(chunk)) {
            if (bytes.size() + (long) n > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
            bytes.write(chunk, 0, n);
        }
        return bytes.toByteArray();
    }

    private static byte[] readExactly(InputStream body, int length) throws IOException {
        byte[] bytes = body.readNBytes(length);
        if (bytes.length < length) {
            throw new BodyUnreadable("the request body ended after " + bytes.length + " of the " + length
                    + " bytes its Content-Length announced", null);
        }
        return bytes;
    }

    /** The announced length; -1 if absent, or too malformed to trust (Grizzly refuses those first). */
    private static long contentLength(String header) {
        return header != null && header.matches("\\d{1,18}") ? Long.parseLong(header) : -1;
    }
}
