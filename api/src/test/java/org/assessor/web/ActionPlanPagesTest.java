package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A lead plans the recommended actions on the result page (owner, due date, status), the plan
 * carries into the site's next cycle, the next result shows the progress since, and only the
 * site's own lead may change it.
 */
class ActionPlanPagesTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();

    private static JsonNode store(String submission) {
        HttpResponse<byte[]> created = SITE.api().post(Tokens.NORTH, "/api/assessments", submission);
        assertThat(created.statusCode()).isEqualTo(201);
        return ApiClient.json(created);
    }

    @Test
    void aPlanCarriesIntoTheNextCycleAndTheNextResultShowsProgressSince() {
        JsonNode baseline = store(Submissions.weak("north").replace("\"site\"", "\"cycle\": \"baseline\", \"site\""));
        String id = baseline.get("id").asText();
        JsonNode followUp = store(Submissions.weak("north").replace("\"site\"", "\"cycle\": \"follow-up-1\", \"site\"")
                .replace("\"2.1.a.1\": \"no\", \"2.1.b.1\": \"no\", \"2.1.c.1\": \"no\"",
                        "\"2.1.a.1\": \"yes\", \"2.1.b.1\": \"yes\", \"2.1.c.1\": \"yes\""));
        String action = baseline.get("actions").findValuesAsText("id").stream()
                .filter(a -> followUp.get("actions").findValuesAsText("id").contains(a)).findFirst().orElseThrow();
        WebClient lead = SITE.client();
        lead.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);

        String result = lead.get("/results/" + id).body();
        assertThat(result).contains("No owner").contains("not started").contains("/results/" + id + "/actions/" + action);
        lead.get("/results/" + id + "/actions/" + action);
        HttpResponse<String> wrongDate = lead.post("/results/" + id + "/actions/" + action, Map.of("owner", "Ann Ash",
                "due-day", "31", "due-month", "2", "due-year", "2099", "status", "in-progress"));
        assertThat(wrongDate.body()).contains("<title>Error: Plan action").contains("Enter a real due date");
        HttpResponse<String> saved = lead.post("/results/" + id + "/actions/" + action, Map.of("owner", "Ann Ash",
                "due-day", "30", "due-month", "6", "due-year", "2099", "status", "in-progress"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(lead.get("/results/" + id).body()).contains("Ann Ash, due 30 June 2099; in progress");

        String next = lead.get("/results/" + followUp.get("id").asText()).body();
        assertThat(next).contains("Since baseline").contains("better").contains("carried over from baseline")
                .contains("Ann Ash");

        WebClient commissioner = SITE.client();
        commissioner.signIn(WebSite.COMMISSIONER, WebSite.PASSWORD);
        assertThat(commissioner.get("/results/" + id).body()).contains("Ann Ash")
                .doesNotContain("/results/" + id + "/actions/");
        HttpResponse<String> refused = commissioner.post("/results/" + id + "/actions/" + action,
                Map.of("owner", "Mallory", "status", "done"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(lead.get("/results/" + id).body()).doesNotContain("Mallory");
    }
}
