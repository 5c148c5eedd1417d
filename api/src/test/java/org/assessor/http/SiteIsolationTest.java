package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.SecuredServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A site token learns nothing about another site: another site's assessment (and anything under
 * it) answers exactly as an id that was never used, listings hold only its own site whatever it
 * asks for, and it cannot store for another site. Peer reviewers see what they wrote.
 */
@ExtendWith(SecuredServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteIsolationTest {
    private static final String NEVER_USED = "01890a5d-ac96-774b-bcce-b302099a8057";
    private final SecuredApi api;
    private final List<String> isolationA = new ArrayList<>();
    private final List<String> isolationB = new ArrayList<>();
    private String peerReviewOfA;

    SiteIsolationTest(SecuredApi api) {
        this.api = api;
    }

    @BeforeAll
    void storeAssessmentsOfTwoSites() {
        for (int i = 0; i < 3; i++) {
            isolationA.add(created(api.post(Tokens.NORTH, "/api/assessments", Submissions.strong("north"))));
            isolationB.add(created(api.post(Tokens.SOUTH, "/api/assessments", Submissions.weak("south"))));
        }
        peerReviewOfA = created(api.post(Tokens.PEER_1, "/api/assessments", Submissions.peer("north")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/report.pdf", "/results", "/results/0", "/results/compare", "/anything/below"})
    void anotherSitesAssessmentAnswersExactlyAsANeverUsedId(String below) {
        String other = isolationA.get(0);
        HttpResponse<byte[]> hidden = api.get(Tokens.SOUTH, "/api/assessments/" + other + below);
        HttpResponse<byte[]> missing = api.get(Tokens.SOUTH, "/api/assessments/" + NEVER_USED + below);

        assertThat(hidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(below.startsWith("/anything") ? 403 : 404);
        assertThat(comparable(hidden, other)).isEqualTo(comparable(missing, NEVER_USED));
        assertThat(headerNames(hidden)).isEqualTo(headerNames(missing)).doesNotContainKey("location");
        assertThat(hidden.headers().firstValue("Content-Length"))
                .isEqualTo(missing.headers().firstValue("Content-Length"));
    }

    @Test
    void aHeadRequestLeaksNothingEither() {
        HttpResponse<byte[]> hidden = api.call(Tokens.SOUTH, "HEAD", "/api/assessments/" + isolationA.get(0), null);
        HttpResponse<byte[]> missing = api.call(Tokens.SOUTH, "HEAD", "/api/assessments/" + NEVER_USED, null);

        assertThat(hidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(headerNames(hidden)).isEqualTo(headerNames(missing));
    }

    @Test
    void aSiteListsOnlyItsOwnAssessmentsWhateverItAsksFor() {
        assertThat(ids(api.get(Tokens.SOUTH, "/api/assessments?limit=100"))).containsAll(isolationB)
                .doesNotContainAnyElementsOf(isolationA).doesNotContain(peerReviewOfA);
        assertThat(sites(api.get(Tokens.SOUTH, "/api/assessments?limit=100"))).containsOnly("south");

        HttpResponse<byte[]> other = api.get(Tokens.SOUTH, "/api/assessments?site=north");
        HttpResponse<byte[]> nobody = api.get(Tokens.SOUTH, "/api/assessments?site=no-such-site");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(nobody.body());
        assertThat(json(other).get("items")).isEmpty();
        assertThat(json(other).has("nextCursor")).isFalse();
    }

    @Test
    void anotherSitesIdAsACursorAnswersExactlyAsANeverUsedId() {
        String other = isolationA.get(2);
        HttpResponse<byte[]> hidden = api.get(Tokens.SOUTH, "/api/assessments?limit=100&cursor=" + other);
        HttpResponse<byte[]> missing = api.get(Tokens.SOUTH, "/api/assessments?limit=100&cursor=" + NEVER_USED);

        assertThat(hidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(400);
        assertThat(comparable(hidden, other)).isEqualTo(comparable(missing, NEVER_USED))
                .contains("urn:assessor:problem:invalid-parameter").doesNotContain("{id}");
        assertThat(headerNames(hidden)).isEqualTo(headerNames(missing));
        assertThat(hidden.headers().firstValue("Content-Length"))
                .isEqualTo(missing.headers().firstValue("Content-Length"));
    }

    @Test
    void aSitesOwnNextCursorStillPages() {
        JsonNode first = json(api.get(Tokens.SOUTH, "/api/assessments?limit=1"));
        JsonNode second = json(api.get(Tokens.SOUTH, "/api/assessments?limit=1&cursor="
                + first.get("nextCursor").asText()));

        assertThat(second.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("site").get("id").asText()).isEqualTo("south");
            assertThat(item.get("id").asText()).isNotEqualTo(first.at("/items/0/id").asText());
        });
    }

    @Test
    void aSiteComparesOnlyItsOwnRowsWhateverSitesItAsksFor() {
        assertThat(matrixSites(api.get(Tokens.SOUTH, "/api/comparisons?questionnaire=demo"))).containsOnly("south");
        assertThat(matrixSites(api.get(Tokens.SOUTH, "/api/comparisons?questionnaire=demo&site=south&site=north")))
                .containsOnly("south");
        assertThat(matrixSites(api.get(Tokens.COMMISSIONER, "/api/comparisons?questionnaire=demo")))
                .contains("north", "south");

        HttpResponse<byte[]> other = api.get(Tokens.SOUTH, "/api/comparisons?questionnaire=demo&site=north");
        HttpResponse<byte[]> nobody = api.get(Tokens.SOUTH, "/api/comparisons?questionnaire=demo&site=no-such-site");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(nobody.body());
        assertThat(matrixSites(other)).isEmpty();
    }

    @Test
    void aSitesComparisonCsvAndReportHoldOnlyItsOwnRows() throws java.io.IOException {
        HttpResponse<byte[]> csv = api.client().send(api.client().request("/api/comparisons?questionnaire=demo")
                .header("Authorization", "Bearer " + Tokens.SOUTH).header("Accept", "text/csv").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(text(csv)).contains("south").doesNotContain("north");
        HttpResponse<byte[]> pdf = api.get(Tokens.SOUTH, "/api/comparisons/report.pdf?questionnaire=demo&site=north");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).doesNotContain("north");
        }
        HttpResponse<byte[]> own = api.get(Tokens.SOUTH, "/api/comparisons/report.pdf?questionnaire=demo");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(own.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("south")
                    .doesNotContain("north");
        }
    }

    @Test
    void aSiteCannotStoreOrTryAnAssessmentForAnotherSiteAndNothingIsStored() {
        int before = ids(api.get(Tokens.ADMIN, "/api/assessments?site=north&limit=100")).size();

        HttpResponse<byte[]> stored = api.post(Tokens.SOUTH, "/api/assessments", Submissions.strong("north"));
        HttpResponse<byte[]> tried = api.post(Tokens.SOUTH, "/api/evaluations", Submissions.strong("north"));

        assertThat(stored.statusCode()).isEqualTo(403);
        assertThat(stored.headers().firstValue("Location")).isEmpty();
        assertThat(json(stored).get("detail").asText()).contains("its own site");
        assertThat(tried.statusCode()).isEqualTo(403);
        assertThat(ids(api.get(Tokens.ADMIN, "/api/assessments?site=north&limit=100"))).hasSize(before);
    }

    @Test
    void aSiteCannotPassOffAPeerReviewOfItself() {
        assertThat(api.post(Tokens.NORTH, "/api/assessments", Submissions.peer("north")).statusCode()).isEqualTo(403);
    }

    @Test
    void aSiteSeesThePeerReviewsOfItself() {
        assertThat(api.get(Tokens.NORTH, "/api/assessments/" + peerReviewOfA).statusCode()).isEqualTo(200);
        assertThat(ids(api.get(Tokens.NORTH, "/api/assessments?limit=100"))).contains(peerReviewOfA);
    }

    @Test
    void aPeerReviewerSeesWhatItWroteAndNothingElse() {
        assertThat(ids(api.get(Tokens.PEER_1, "/api/assessments?limit=100"))).contains(peerReviewOfA)
                .doesNotContainAnyElementsOf(isolationA).doesNotContainAnyElementsOf(isolationB);
        assertThat(api.get(Tokens.PEER_1, "/api/assessments/" + isolationA.get(0)).statusCode()).isEqualTo(404);
        assertThat(api.get(Tokens.PEER_2, "/api/assessments/" + peerReviewOfA).statusCode()).isEqualTo(404);
        assertThat(ids(api.get(Tokens.PEER_2, "/api/assessments?limit=100"))).doesNotContain(peerReviewOfA);
    }

    @Test
    void aCommissionerReadsEverySiteAndWritesNothing() {
        assertThat(ids(api.get(Tokens.COMMISSIONER, "/api/assessments?limit=100")))
                .containsAll(isolationA).containsAll(isolationB).contains(peerReviewOfA);
        assertThat(api.get(Tokens.COMMISSIONER, "/api/assessments/" + isolationB.get(1)).statusCode()).isEqualTo(200);
        assertThat(api.post(Tokens.COMMISSIONER, "/api/assessments", Submissions.strong("north")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aStoredResultIsTheSameBytesForEveryoneWhoMaySeeIt() {
        String id = isolationA.get(1);
        byte[] asSite = api.get(Tokens.NORTH, "/api/assessments/" + id).body();
        assertThat(api.get(Tokens.COMMISSIONER, "/api/assessments/" + id).body()).isEqualTo(asSite);
        assertThat(api.get(Tokens.ADMIN, "/api/assessments/" + id).body()).isEqualTo(asSite);
    }

    /** The problem body with the id and request id blanked, so a hidden and a missing assessment compare. */
    private static String comparable(HttpResponse<byte[]> response, String id) {
        ObjectNode problem = (ObjectNode) json(response);
        problem.put("requestId", "-");
        return problem.toString().replace(id, "{id}");
    }

    private static Map<String, Integer> headerNames(HttpResponse<byte[]> response) {
        Map<String, Integer> names = new TreeMap<>();
        response.headers().map().forEach((name, values) -> names.put(name.toLowerCase(), values.size()));
        return names;
    }

    private static List<String> ids(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static List<String> matrixSites(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        List<String> sites = new ArrayList<>();
        json(response).get("matrix").forEach(row -> sites.add(row.get("site").isObject()
                ? row.get("site").get("id").asText() : row.get("site").asText()));
        return sites;
    }

    private static List<String> sites(HttpResponse<byte[]> response) {
        List<String> sites = new ArrayList<>();
        json(response).get("items").forEach(i -> sites.add(i.get("site").get("id").asText()));
        return sites;
    }

    private static String created(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(201);
        return json(response).get("id").asText();
    }
}
