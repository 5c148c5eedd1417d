package org.assessor.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.SecuredServer;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What respondents and leads notice while a round runs, through the real server: answers
 * checked as in a whole submission, saves from many people at once and from two devices of one
 * person at once losing nothing, re-issued and revoked links, reopening, open links with a cap,
 * and who may run which round.
 */
@ExtendWith(SecuredServer.class)
class RespondingTest {
    private final SecuredApi api;
    private final Rounds rounds;

    RespondingTest(SecuredApi api) {
        this.api = api;
        this.rounds = new Rounds(api);
    }

    private String namedRound() {
        return rounds.create(Tokens.NORTH, Rounds.roundBody("north", "follow-up-1", false,
                "{\"frontline-staff\": 50}"));
    }

    private List<String> invite(String round, int n) {
        StringBuilder people = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            people.append(i == 0 ? "" : ",").append("{\"role\": \"frontline-staff\", \"name\": \"Staff ").append(i)
                    .append("\"}");
        }
        return rounds.invite(Tokens.NORTH, round, people.append("]").toString()).stream()
                .map(l -> l.get("token").asText()).toList();
    }

    @Test
    void aWrongAnswerIsRefusedWithTheSameErrorsAsASubmissionAndNothingOfTheSaveIsKept() {
        String link = invite(namedRound(), 1).get(0);
        HttpResponse<byte[]> wrong = rounds.save(link, "{\"answers\": {\"1.1.a.1\": \"yes\", \"1.1.b.1\": 9,"
                + " \"9.9\": \"yes\"}}");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(wrong).get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/answers/1.1.b.1", "/answers/9.9");
        assertThat(json(wrong).get("errors").get(0).get("message").asText())
                .isEqualTo("expected a whole number from 1 (strongly disagree) to 5 (strongly agree)");
        assertThat(json(rounds.sheet(link)).get("answers")).as("nothing of a refused save is kept").isEmpty();

        rounds.saved(link, "{\"answers\": {\"1.1.a.1\": \"yes\", \"1.1.b.1\": 4}}");
        JsonNode cleared = rounds.saved(link, "{\"answers\": {\"1.1.b.1\": null}}");
        assertThat(cleared.get("answers").fieldNames()).toIterable().containsExactly("1.1.a.1");
        assertThat(cleared.get("status").asText()).isEqualTo("started");
        assertThat(rounds.save(link, "{\"answer\": {}}").statusCode()).isEqualTo(422);
    }

    @Test
    void fiftyRespondentsSavingAtOnceAndOnePersonOnTwoDevicesAtOnceLoseNoAnswer() throws Exception {
        String round = namedRound();
        List<String> links = invite(round, 50);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<CompletableFuture<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                String link = links.get(i);
                String level = i % 2 == 0 ? "yes" : "no";
                saves.add(CompletableFuture.supplyAsync(() -> rounds.save(link,
                        Rounds.FIRST_PART.formatted(level, level)).statusCode(), pool));
                saves.add(CompletableFuture.supplyAsync(() -> rounds.save(link,
                        Rounds.SECOND_PART.formatted(level, level)).statusCode(), pool));
            }
            for (CompletableFuture<Integer> save : saves) {
                assertThat(save.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < links.size(); i++) {
            JsonNode sheet = json(rounds.sheet(links.get(i)));
            assertThat(sheet.get("missing")).as("respondent %d kept both halves", i).isEmpty();
            assertThat(sheet.get("revision").asInt()).isEqualTo(2);
            assertThat(sheet.get("answers").get("2.1.b.1").asText()).isEqualTo(i % 2 == 0 ? "yes" : "no");
        }
        JsonNode progress = json(api.get(Tokens.NORTH, "/api/rounds/" + round + "/progress"));
        assertThat(progress.get("total").get("started").asInt()).isEqualTo(50);
    }

    @Test
    void aReissuedLinkCarriesTheAnswersOnTheOldOneStopsAndARevokedOneSaysSo() {
        String round = namedRound();
        List<JsonNode> made = rounds.invite(Tokens.NORTH, round,
                "[{\"role\": \"board\", \"name\": \"Ann\"}, {\"role\": \"board\", \"name\": \"Bob\"}]");
        String ann = made.get(0).get("token").asText();
        rounds.saved(ann, Rounds.FIRST_PART.formatted("yes", "yes"));
        String annId = made.get(0).get("invitation").get("id").asText();

        HttpResponse<byte[]> reissued = api.post(Tokens.NORTH, "/api/rounds/" + round + "/invitations/" + annId
                + "/reissue", null);
        assertThat(reissued.statusCode()).as(text(reissued)).isEqualTo(200);
        String annAgain = json(reissued).get("token").asText();
        assertThat(annAgain).isNotEqualTo(ann);
        assertThat(rounds.sheet(ann).statusCode()).isEqualTo(404);
        assertThat(text(rounds.sheet(ann))).contains("replaced by a newer one").doesNotContain(ann);
        assertThat(json(rounds.sheet(annAgain)).get("answers").get("1.1.a.1").asText()).isEqualTo("yes");

        String bobId = made.get(1).get("invitation").get("id").asText();
        assertThat(api.post(Tokens.NORTH, "/api/rounds/" + round + "/invitations/" + bobId + "/revoke", null)
                .statusCode()).isEqualTo(200);
        HttpResponse<byte[]> revoked = rounds.sheet(made.get(1).get("token").asText());
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(text(revoked)).contains("withdrawn by the round's lead");
    }

    @Test
    void aSubmittedResponseIsClosedToChangesUntilTheLeadReopensIt() {
        String round = namedRound();
        JsonNode made = rounds.invite(Tokens.NORTH, round, "[{\"role\": \"partner\"}]").get(0);
        String link = made.get("token").asText();
        rounds.saved(link, Rounds.FIRST_PART.formatted("yes", "yes"));
        rounds.saved(link, Rounds.SECOND_PART.formatted("yes", "yes"));
        assertThat(rounds.submit(link).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> change = rounds.save(link, "{\"answers\": {\"1.1.a.1\": \"no\"}}");
        assertThat(change.statusCode()).isEqualTo(409);
        assertThat(text(change)).contains("already-submitted").contains("reopen");

        String id = made.get("invitation").get("id").asText();
        assertThat(api.post(Tokens.NORTH, "/api/rounds/" + round + "/invitations/" + id + "/reopen", null)
                .statusCode()).isEqualTo(200);
        JsonNode changed = rounds.saved(link, "{\"answers\": {\"1.1.a.1\": \"no\"}}");
        assertThat(changed.get("submitted").asBoolean()).isFalse();
        assertThat(changed.get("answers").get("1.1.a.1").asText()).isEqualTo("no");
        assertThat(json(rounds.submit(link)).get("status").asText()).isEqualTo("submitted");
    }

    @Test
    void anOpenLinkGivesEachPersonALinkOfTheirOwnUpToItsCap() {
        String round = rounds.create(Tokens.NORTH, Rounds.roundBody("north", "baseline", true,
                "{\"service-user\": 2}"));
        HttpResponse<byte[]> named = api.post(Tokens.NORTH, "/api/rounds/" + round + "/invitations",
                "{\"invitations\": [{\"role\": \"service-user\", \"cap\": 2, \"name\": \"X\"}]}");
        assertThat(named.statusCode()).isEqualTo(422);
        String open = rounds.invite(Tokens.NORTH, round, "[{\"role\": \"service-user\", \"cap\": 2}]").get(0)
                .get("token").asText();
        assertThat(json(rounds.sheet(open)).get("kind").asText()).isEqualTo("open");
        assertThat(rounds.save(open, Rounds.FIRST_PART.formatted("yes", "yes")).statusCode()).isEqualTo(409);

        List<String> own = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> started = api.post(null, "/api/respond/" + open + "/start", null);
            assertThat(started.statusCode()).isEqualTo(201);
            own.add(json(started).get("token").asText());
        }
        HttpResponse<byte[]> full = api.post(null, "/api/respond/" + open + "/start", null);
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(text(full)).contains("open-link-full");
        assertThat(rounds.saved(own.get(0), Rounds.FIRST_PART.formatted("no", "no")).get("role").asText())
                .isEqualTo("service-user");
        JsonNode progress = json(api.get(Tokens.NORTH, "/api/rounds/" + round + "/progress"));
        assertThat(progress.get("openLinks").get(0).get("opened").asInt()).isEqualTo(2);
    }

    @Test
    void aNamedRespondentStartsTheNextCycleFromTheirOwnAnswersWhereTheRoundPrefills() {
        String first = rounds.create(Tokens.COMMISSIONER, Rounds.roundBody("prefill-site", "baseline", false,
                "{\"board\": 1}"));
        String ann = rounds.invite(Tokens.COMMISSIONER, first, "[{\"role\": \"board\", \"name\": \"Ann\","
                + " \"email\": \"ann@prefill.example\"}]").get(0).get("token").asText();
        rounds.saved(ann, Rounds.FIRST_PART.formatted("partly", "no"));
        rounds.saved(ann, Rounds.SECOND_PART.formatted("no", "yes"));
        assertThat(rounds.submit(ann).statusCode()).isEqualTo(200);
        assertThat(api.post(Tokens.COMMISSIONER, "/api/rounds/" + first + "/close", null).statusCode()).isEqualTo(201);

        String next = rounds.create(Tokens.COMMISSIONER, Rounds.roundBody("prefill-site", "follow-up-1", false,
                "{\"board\": 2}").replace("\"anonymous\"", "\"prefill\": true, \"anonymous\""));
        List<JsonNode> invited = rounds.invite(Tokens.COMMISSIONER, next, "[{\"role\": \"board\", \"name\": \"Ann\","
                + " \"email\": \"ANN@prefill.example\"}, {\"role\": \"board\", \"email\": \"new@prefill.example\"}]");
        JsonNode annAgain = json(rounds.sheet(invited.get(0).get("token").asText()));
        assertThat(annAgain.get("answers").get("1.1.a.1").asText()).isEqualTo("partly");
        assertThat(annAgain.get("answers").get("1.2.b.1").asText()).isEqualTo("no");
        assertThat(annAgain.get("submitted").asBoolean()).as("pre-filled, to check and submit").isFalse();
        assertThat(json(rounds.sheet(invited.get(1).get("token").asText())).get("answers"))
                .as("someone new starts empty").isEmpty();
    }

    @Test
    void aLinkReachesItsOwnRoundAndResponseOnlyAndIsNoTokenForAnythingElse() {
        String north = namedRound();
        String south = rounds.create(Tokens.SOUTH, Rounds.roundBody("south", "other-round", false, "{\"board\": 1}"));
        String northLink = invite(north, 1).get(0);
        String southLink = rounds.invite(Tokens.SOUTH, south, "[{\"role\": \"board\"}]").get(0).get("token").asText();
        rounds.saved(southLink, "{\"answers\": {\"1.1.a.1\": \"no\"}}");

        JsonNode sheet = json(rounds.sheet(northLink));
        assertThat(sheet.get("roundId").asText()).isEqualTo(north);
        assertThat(sheet.get("answers")).as("the other round's answers are not reachable").isEmpty();
        assertThat(api.get(northLink, "/api/rounds/" + south).statusCode()).as("a link is not a token").isEqualTo(401);
        assertThat(api.get(northLink, "/api/rounds/" + north + "/progress").statusCode()).isEqualTo(401);
        String page = api.client().get("/respond/" + northLink).body() == null ? ""
                : new String(api.client().get("/respond/" + northLink).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("north Mental Health Services").doesNotContain("south Mental Health Services");
    }

    @Test
    void aRoundNotYetOpenSaysWhenItOpens() {
        String body = Rounds.roundBody("north", "later", false, "{\"board\": 1}").replace("\"questionnaireId\"",
                "\"opensAt\": \"" + Instant.now().plus(2, ChronoUnit.HOURS) + "\", \"questionnaireId\"");
        String round = rounds.create(Tokens.NORTH, body);
        assertThat(json(api.get(Tokens.NORTH, "/api/rounds/" + round)).get("status").asText()).isEqualTo("scheduled");
        String link = rounds.invite(Tokens.NORTH, round, "[{\"role\": \"board\"}]").get(0).get("token").asText();
        HttpResponse<byte[]> early = rounds.sheet(link);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(text(early)).contains("round-not-open").contains("opens at");
    }

    @Test
    void eachRoleRunsOnlyTheRoundsItMay() {
        String north = namedRound();
        assertThat(api.post(Tokens.SOUTH, "/api/rounds", Rounds.roundBody("north", "x", false, "{\"board\": 1}"))
                .statusCode()).as("a site makes only its own rounds").isEqualTo(403);
        assertThat(api.post(Tokens.COMMISSIONER, "/api/rounds", Rounds.roundBody("south", "x", false,
                "{\"board\": 1}")).statusCode()).as("a commissioner makes any site's").isEqualTo(201);
        assertThat(api.get(Tokens.SOUTH, "/api/rounds/" + north).statusCode()).isEqualTo(404);
        assertThat(api.post(Tokens.SOUTH, "/api/rounds/" + north + "/close", null).statusCode()).isEqualTo(404);
        assertThat(api.get(Tokens.AUDITOR, "/api/rounds/" + north).statusCode()).isEqualTo(200);
        assertThat(api.post(Tokens.AUDITOR, "/api/rounds/" + north + "/close", null).statusCode()).isEqualTo(403);
        assertThat(api.get(Tokens.PEER_1, "/api/rounds").statusCode()).isEqualTo(403);
        assertThat(api.get(null, "/api/rounds").statusCode()).isEqualTo(401);
        assertThat(json(api.get(Tokens.SOUTH, "/api/rounds")).get("items")).extracting(r -> r.get("site")
                .get("id").asText()).containsOnly("south");
    }

    @Test
    void aWrongRoundRequestNamesEachField() {
        HttpResponse<byte[]> wrong = api.post(Tokens.NORTH, "/api/rounds", """
                {"site": {"id": "north"}, "questionnaireId": "nope", "cycle": "b", "closesAt": "tomorrow",
                 "expected": {"wizard": 2, "board": 0}, "colour": "red"}""");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(json(wrong).get("errors")).extracting(e -> e.get("pointer").asText())
                .contains("/colour", "/closesAt");
        HttpResponse<byte[]> roles = api.post(Tokens.NORTH, "/api/rounds", """
                {"site": {"id": "north"}, "questionnaireId": "nope", "cycle": "b", "closesAt": "2099-01-01T00:00:00Z",
                 "expected": {"wizard": 2, "board": 0}}""");
        assertThat(json(roles).get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("/expected/wizard", "/expected/board", "/questionnaireId");
    }
}
