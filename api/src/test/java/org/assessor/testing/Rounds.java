package org.assessor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives collection rounds through the real API for tests: a lead's calls with a token, and a
 * respondent's calls with nothing but their link. Uses the fixture's {@code demo} questionnaire,
 * whose ten rated questions {@link #FIRST_PART} and {@link #SECOND_PART} answer between them.
 */
public final class Rounds {
    /** Answers to the first section of {@code demo}: a respondent who stops here has not finished. */
    public static final String FIRST_PART = """
            {"answers": {"1.1.a.1": "%s", "1.1.a.2": "yes", "1.1.a.3": "Board minutes", "1.1.b.1": 4,
             "1.1.c.1": 2, "1.1.c.2": "quality", "1.2.a.1": "%s"}}""";
    /** Answers to the rest of {@code demo}. */
    public static final String SECOND_PART = """
            {"answers": {"1.2.b.1": "%s", "2.1.a.1": "yes", "2.1.b.1": "%s", "2.1.c.1": "not-applicable"}}""";

    private final SecuredApi api;

    public Rounds(SecuredApi api) {
        this.api = api;
    }

    /** The body of a new round of {@code demo} for {@code site}, closing tomorrow. */
    public static String roundBody(String site, String cycle, boolean anonymous, String expected) {
        return """
                {"site": {"id": "%s", "name": "%s Mental Health Services"}, "questionnaireId": "demo",
                 "cycle": "%s", "closesAt": "%s", "expected": %s, "anonymous": %s}
                """.formatted(site, site, cycle, Instant.now().plus(1, ChronoUnit.DAYS), expected, anonymous);
    }

    /** Creates a round with {@code token}; returns its id. */
    public String create(String token, String body) {
        HttpResponse<byte[]> made = api.post(token, "/api/rounds", body);
        assertThat(made.statusCode()).as(ApiClient.text(made)).isEqualTo(201);
        return ApiClient.json(made).get("id").asText();
    }

    /** Invites with {@code token}; returns the issued links' JSON, in order. */
    public List<JsonNode> invite(String token, String round, String invitationsJson) {
        HttpResponse<byte[]> made = api.post(token, "/api/rounds/" + round + "/invitations",
                "{\"invitations\": " + invitationsJson + "}");
        assertThat(made.statusCode()).as(ApiClient.text(made)).isEqualTo(201);
        List<JsonNode> links = new ArrayList<>();
        ApiClient.json(made).get("links").forEach(links::add);
        return links;
    }

    /** A respondent's {@code GET} of their link. */
    public HttpResponse<byte[]> sheet(String link) {
        return api.get(null, "/api/respond/" + link);
    }

    /** A respondent saving {@code answersJson} ({"answers": {...}}) through their link. */
    public HttpResponse<byte[]> save(String link, String answersJson) {
        return api.call(null, "PATCH", "/api/respond/" + link + "/answers", answersJson);
    }

    /** A respondent submitting through their link. */
    public HttpResponse<byte[]> submit(String link) {
        return api.post(null, "/api/respond/" + link + "/submit", null);
    }

    /** Saves {@code answersJson} and expects it kept. */
    public JsonNode saved(String link, String answersJson) {
        HttpResponse<byte[]> saved = save(link, answersJson);
        assertThat(saved.statusCode()).as(ApiClient.text(saved)).isEqualTo(200);
        return ApiClient.json(saved);
    }
}
