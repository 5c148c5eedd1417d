package org.assessor.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Tokens;

/**
 * Rounds of the fixture's {@code demo} questionnaire for the respondent's pages, made through the
 * real API with the {@code north} site's token, and the links they issue.
 */
final class RespondFixture {
    /** When the fixture's rounds close: in three days, on the hour. */
    static final Instant CLOSES = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)
            .plus(30, ChronoUnit.MINUTES);
    private final Rounds rounds;

    RespondFixture(SecuredApi api) {
        this.rounds = new Rounds(api);
    }

    /** A new round for site {@code north} named {@code siteName}, open now (or from {@code opensAt}, if not null). */
    String round(String siteName, boolean anonymous, Instant opensAt) {
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.putObject("site").put("id", "north").put("name", siteName);
        body.put("questionnaireId", "demo").put("cycle", "baseline").put("closesAt", CLOSES.toString())
                .put("anonymous", anonymous);
        body.putObject("expected").put("board", 5).put("service-user", 5);
        if (opensAt != null) {
            body.put("opensAt", opensAt.toString());
        }
        return rounds.create(Tokens.NORTH, body.toString());
    }

    /** A personal link of a new board member in {@code round}. */
    String link(String round) {
        return rounds.invite(Tokens.NORTH, round, "[{\"role\": \"board\", \"name\": \"Ann\"}]").get(0)
                .get("token").asText();
    }

    /** An open link of {@code round} for up to {@code cap} service users. */
    String openLink(String round, int cap) {
        return rounds.invite(Tokens.NORTH, round, "[{\"role\": \"service-user\", \"cap\": " + cap + "}]").get(0)
                .get("token").asText();
    }

    /** A personal link in a new open round named after {@code siteName}. */
    String freshLink(String siteName) {
        return link(round(siteName, false, null));
    }

    /** The API's view of {@code link}'s sheet. */
    Rounds rounds() {
        return rounds;
    }
}
