package org.assessor.http;

import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpProbe;

/**
 * Makes a request line with spaces inside its target ({@code GET /a b HTTP/1.1}) reach
 * {@link RequestLineGuard}, which answers 400 {@code invalid-path} (or {@code invalid-parameter}
 * for the query) as problem+json. Left alone, Grizzly reads everything after the first space of
 * the target as the protocol, cannot parse it, and answers 505 with an empty body before any of
 * Assessor's code runs.
 *
 * <p>A Grizzly HTTP probe called with each chunk of bytes as it arrives, before it is parsed:
 * when the chunk starts with a request line (an upper-case method, a space, a target and
 * {@code HTTP/d.d} at the end of the line), each space inside the target is replaced by a
 * {@code "} (a character no URI holds), so that the line parses and the guard refuses the target.
 * It changes only that client's own bytes. The probe also sees chunks of request bodies, but a
 * body chunk is only changed if it too starts with such a line; in a JSON body (the only kind
 * accepted) a raw line break can only stand between tokens, where {@code HTTP/1.1} before it is
 * not JSON, so the body was malformed and is refused either way. A request line split over two
 * reads (rare: clients send it in one) still gets Grizzly's 505. Thread-safe (stateless).
 */
public final class RequestLineSpaces extends HttpProbe.Adapter {
    private static final int MAX_METHOD = 16;
    private static final int MAX_LINE = 16 * 1024;
    private static final byte[] VERSION = "HTTP/".getBytes(StandardCharsets.US_ASCII);

    @Override
    @SuppressWarnings("rawtypes") // HttpProbe declares the raw Connection type
    public void onDataReceivedEvent(Connection connection, Buffer buffer) {
        int start = buffer.position();
        int limit = Math.min(buffer.limit(), start + MAX_LINE);
        int space = start;
        while (space < limit && space - start <= MAX_METHOD && isUpper(buffer.get(space))) {
            space++;
        }
        if (space == start || space >= limit || buffer.get(space) != ' ') {
            return;
        }
        int end = space + 1;
        while (end < limit && buffer.get(end) != '\r' && buffer.get(end) != '\n') {
            end++;
        }
        int last = end - VERSION.length - 4;
        if (end >= limit || last <= space + 1 || buffer.get(last) != ' ' || !endsWithVersion(buffer, last + 1, end)) {
            return;
        }
        try {
            for (int i = space + 1; i < last; i++) {
                if (buffer.get(i) == ' ') {
                    buffer.put(i, (byte) '"');
                }
            }
        } catch (RuntimeException readOnly) {
            // a buffer that cannot be changed: Grizzly answers 505 as before
        }
    }

    /** True if {@code from..to} is {@code HTTP/d.d}. */
    private static boolean endsWithVersion(Buffer buffer, int from, int to) {
        if (to - from != VERSION.length + 3) {
            return false;
        }
        for (int i = 0; i < VERSION.length; i++) {
            if (buffer.get(from + i) != VERSION[i]) {
                return false;
            }
        }
        int at = from + VERSION.length;
        return Character.isDigit(buffer.get(at)) && buffer.get(at + 1) == '.' && Character.isDigit(buffer.get(at + 2));
    }

    private static boolean isUpper(byte b) {
        return b >= 'A' && b <= 'Z';
    }
}
