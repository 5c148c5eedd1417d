package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body reader's limits, with bodies that arrive as a slow or lying client sends them. */
class JsonBodyReaderTest {
    private static final byte[] BODY = "{\"questionnaireId\": \"demo\", \"site\": {\"id\": \"x\"}}"
            .getBytes(StandardCharsets.UTF_8);

    /** A stream that hands out one byte per read, waiting {@code millis} before each. */
    private static InputStream trickle(byte[] bytes, long millis) {
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                if (at >= bytes.length) {
                    return -1;
                }
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return bytes[at++];
            }

            @Override
            public int read(byte[] into, int off, int len) {
                int b = read();
                if (b < 0) {
                    return -1;
                }
                into[off] = (byte) b;
                return 1;
            }
        };
    }

    private static JsonBody read(JsonBodyReader reader, MediaType type, String length, InputStream body) {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        if (length != null) {
            headers.putSingle("Content-Length", length);
        }
        return reader.readFrom(JsonBody.class, JsonBody.class, new java.lang.annotation.Annotation[0], type, headers,
                body);
    }

    @Test
    void aBodyThatTricklesInPastTheDeadlineIsRefusedWithOrWithoutALength() {
        JsonBodyReader reader = new JsonBodyReader(1 << 20, Duration.ofMillis(200));
        assertThatThrownBy(() -> read(reader, MediaType.APPLICATION_JSON_TYPE, String.valueOf(BODY.length),
                trickle(BODY, 20))).isInstanceOf(BodyTooSlow.class).hasMessageContaining("within 200 ms");
        assertThatThrownBy(() -> read(reader, MediaType.APPLICATION_JSON_TYPE, null, trickle(BODY, 20)))
                .isInstanceOf(BodyTooSlow.class);
    }

    @Test
    void aReadThatTimesOutAtTheDeadlineIsTooSlowNotUnreadable() {
        JsonBodyReader reader = new JsonBodyReader(1 << 20, Duration.ofMillis(200));
        InputStream stallsPastTheDeadline = new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("read timed out");
            }
        };
        assertThatThrownBy(() -> read(reader, MediaType.APPLICATION_JSON_TYPE, String.valueOf(BODY.length),
                stallsPastTheDeadline)).isInstanceOf(BodyTooSlow.class).hasMessageContaining("within 200 ms");
    }

    @Test
    void aBodyThatArrivesInTimeIsRead() {
        JsonBodyReader reader = new JsonBodyReader(1 << 20, Duration.ofSeconds(30));
        assertThat(read(reader, MediaType.APPLICATION_JSON_TYPE, String.valueOf(BODY.length), trickle(BODY, 0))
                .document().get("questionnaireId").asText()).isEqualTo("demo");
    }

    @Test
    void aBodyEndingBeforeItsLengthIsUnreadableAndOneOverTheLimitTooLarge() {
        JsonBodyReader reader = new JsonBodyReader(BODY.length, Duration.ofSeconds(30));
        assertThatThrownBy(() -> read(reader, MediaType.APPLICATION_JSON_TYPE, String.valueOf(BODY.length),
                new ByteArrayInputStream(BODY, 0, 10))).isInstanceOf(BodyUnreadable.class)
                .hasMessageContaining("ended after 10 of the " + BODY.length);
        assertThatThrownBy(() -> read(reader, MediaType.APPLICATION_JSON_TYPE, String.valueOf(BODY.length + 1),
                new ByteArrayInputStream(BODY))).isInstanceOf(BodyTooLarge.class);
        byte[] more = (new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(reader, MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(more)))
                .isInstanceOf(BodyTooLarge.class);
    }

    @Test
    void onlyUtf8MayBeNamedAsTheCharset() {
        JsonBodyReader reader = new JsonBodyReader(1 << 20);
        MediaType latin1 = new MediaType("application", "json", Map.of("charset", "ISO-8859-1"));
        assertThatThrownBy(() -> read(reader, latin1, null, new ByteArrayInputStream(BODY)))
                .isInstanceOf(NotSupportedException.class);
        MediaType utf8 = new MediaType("application", "json", Map.of("charset", "UTF-8"));
        assertThat(read(reader, utf8, null, new ByteArrayInputStream(BODY)).document().isObject()).isTrue();
    }
}
