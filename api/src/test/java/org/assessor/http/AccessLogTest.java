package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.assessor.testing.ApiClient;
import org.assessor.testing.SharedServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/** The access log: one line per request with method, path, status, time and request id; never bodies or credentials. */
@ExtendWith(SharedServer.class)
class AccessLogTest {
    private final ApiClient api;
    private final Logger access = (Logger) LoggerFactory.getLogger("assessor.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level level;

    AccessLogTest(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void captureTheAccessLog() {
        level = access.getLevel();
        access.setLevel(Level.INFO);
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void restoreTheAccessLog() {
        access.detachAppender(lines);
        access.setLevel(level);
    }

    @Test
    void logsOneLinePerRequestWithItsIdAndNothingSecret() {
        String body = Submissions.strong("access-log-site").replace("Board minutes, May", "SECRET-EVIDENCE");
        HttpResponse<byte[]> response = api.send(api.request("/api/evaluations?token=SECRET-QUERY")
                .header("Content-Type", "application/json").header("Authorization", "Bearer SECRET-TOKEN")
                .header("X-Request-Id", "access-log-test-1").POST(HttpRequest.BodyPublishers.ofString(body)));
        api.send(api.request("/api/nowhere").header("X-Request-Id", "access-log-test-2").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        List<ILoggingEvent> first = linesOf("access-log-test-1");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getFormattedMessage()).matches("POST /api/evaluations 200 \\d+ ms");
        assertThat(linesOf("access-log-test-2")).extracting(ILoggingEvent::getFormattedMessage)
                .singleElement().asString().matches("GET /api/nowhere 404 \\d+ ms");
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("SECRET"));
    }

    private List<ILoggingEvent> linesOf(String requestId) {
        return lines.list.stream().filter(e -> requestId.equals(e.getMDCPropertyMap().get("requestId"))).toList();
    }
}
