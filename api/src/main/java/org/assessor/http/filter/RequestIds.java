package org.assessor.http.filter;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Request ids: the header that carries them, the rule for ids a client may supply, and the id
 * of the request the current thread is serving (kept in the logging MDC, so every log line of
 * a request carries it). Thread-safe.
 */
public final class RequestIds {
    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";
    /** The logging MDC key. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** {@code supplied} if it is 8 to 64 letters, digits, '.', '_' or '-'; else a new random id. */
    static String accept(String supplied) {
        if (supplied != null && WELL_FORMED.matcher(supplied).matches()) {
            return supplied;
        }
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The id of the request this thread is serving; {@code "none"} outside a request. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? "none" : id;
    }
}
