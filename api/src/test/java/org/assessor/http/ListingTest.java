package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.assessor.testing.ApiClient;
import org.assessor.testing.SharedServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/assessments}: newest first, filtered by site and questionnaire, paged by cursor. */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingTest {
    private final ApiClient api;
    private final List<String> siteA = new ArrayList<>();
    private final List<String> siteB = new ArrayList<>();

    ListingTest(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void storeAssessmentsForTwoSites() {
        for (int i = 0; i < 5; i++) {
            siteA.add(create(i % 2 == 0 ? Submissions.strong("listing-a") : Submissions.weak("listing-a")));
            if (i < 2) {
                siteB.add(create(Submissions.strong("listing-b")));
            }
        }
    }

    @Test
    void listsOneSitesAssessmentsNewestFirst() {
        JsonNode page = json(api.get("/api/assessments?site=listing-a"));

        assertThat(ids(page)).containsExactlyElementsOf(reversed(siteA));
        assertThat(page.get("items")).extracting(i -> i.get("createdAt").asText()).isSortedAccordingTo(
                (a, b) -> b.compareTo(a));
        assertThat(page.get("items")).extracting(i -> i.get("overallRating").asText())
                .containsExactly("met", "not-met", "met", "not-met", "met");
    }

    @Test
    void filtersBySiteAndQuestionnaire() {
        assertThat(ids(json(api.get("/api/assessments?site=listing-b&questionnaire=demo"))))
                .containsExactlyElementsOf(reversed(siteB));
        assertThat(json(api.get("/api/assessments?site=listing-b&questionnaire=other")).get("items")).isEmpty();
        assertThat(json(api.get("/api/assessments?site=listing-nobody")).get("items")).isEmpty();
        assertThat(ids(json(api.get("/api/assessments?questionnaire=demo&limit=100"))))
                .containsAll(siteA).containsAll(siteB);
    }

    @Test
    void pagesWithTheCursorUntilTheLastPage() {
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String query = "/api/assessments?site=listing-a&limit=2";
        JsonNode page = json(api.get(query));
        while (true) {
            seen.addAll(ids(page));
            sizes.add(page.get("items").size());
            assertThat(page.get("limit").asInt()).isEqualTo(2);
            if (!page.has("nextCursor")) {
                break;
            }
            page = json(api.get(query + "&cursor=" + page.get("nextCursor").asText()));
        }

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(reversed(siteA));
    }

    private String create(String submission) {
        return json(api.post("/api/assessments", submission)).get("id").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
