package org.assessor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assessor.assessment.AnswerSheet;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.round.Invitation;
import org.assessor.round.LinkAttempts;
import org.assessor.round.LinkToken;
import org.assessor.round.NoSuchLink;
import org.assessor.round.Response;
import org.assessor.round.Round;
import org.assessor.round.RoundConflict;
import org.assessor.round.Sheet;
import org.assessor.store.AssessmentIds;
import org.assessor.store.JdbcInvitationStore;
import org.assessor.store.JdbcResponseStore;
import org.assessor.store.JdbcRoundStore;

/**
 * What a respondent does with their link, and nothing else: read their answers so far, save
 * some (checked one by one, as in a whole submission), submit once complete, and, with an open
 * link, get a personal link of their own. The link alone is the key: it reaches its own response
 * only. Links that do not work are counted per client by {@link LinkAttempts}. Thread-safe.
 */
public final class RespondentService {
    private final QuestionnaireCatalog questionnaires;
    private final JdbcRoundStore rounds;
    private final JdbcInvitationStore invitations;
    private final JdbcResponseStore responses;
    private final LinkAttempts attempts;
    private final AssessmentIds ids;
    private final Clock clock;

    public RespondentService(QuestionnaireCatalog questionnaires, JdbcRoundStore rounds,
                             JdbcInvitationStore invitations, JdbcResponseStore responses, LinkAttempts attempts,
                             AssessmentIds ids, Clock clock) {
        this.questionnaires = questionnaires;
        this.rounds = rounds;
        this.invitations = invitations;
        this.responses = responses;
        this.attempts = attempts;
        this.ids = ids;
        this.clock = clock;
    }

    /** A link resolved: its token, invitation and round. */
    private record Opened(LinkToken token, Invitation invitation, Round round) {
        boolean anonymous() {
            return round.spec().anonymous();
        }
    }

    /**
     * What link {@code secret} shows: for a personal link, the respondent's answers so far (their
     * answers from the previous round where the round pre-fills and this is their first visit);
     * for an open link, the round and role only.
     *
     * @throws NoSuchLink                                if the link does not work
     * @throws org.assessor.round.TooManyLinkAttempts    if {@code client} has tried too many that do not
     * @throws RoundConflict                             if the round is not taking answers
     */
    public Sheet sheet(String secret, String client) {
        Opened opened = open(secret, client);
        if (opened.invitation().kind() == Invitation.Kind.OPEN) {
            return new Sheet(opened.round(), opened.invitation(), JsonNodeFactory.instance.objectNode(), false, 0,
                    List.of());
        }
        Optional<Response> response = responses.find(opened.token().responseKey());
        if (response.isEmpty()) {
            Optional<ObjectNode> earlier = prefill(opened);
            if (earlier.isPresent()) {
                return sheet(opened, save(opened, earlier.get()));
            }
        }
        return response.map(r -> sheet(opened, r)).orElseGet(() -> new Sheet(opened.round(), opened.invitation(),
                JsonNodeFactory.instance.objectNode(), false, 0, AnswerSheet.missing(questionnaire(opened.round()),
                Set.of())));
    }

    /**
     * Saves {@code answers} (question id → answer; null clears one) into link {@code secret}'s
     * response, keeping its other answers. A submitted response must be reopened by the lead first.
     *
     * @throws org.assessor.assessment.SubmissionInvalid naming each wrong answer; nothing is saved
     * @throws RoundConflict if the round takes no answers, or the response is submitted
     */
    public Sheet save(String secret, String client, JsonNode answers) {
        Opened opened = personal(open(secret, client));
        AnswerSheet.check(questionnaire(opened.round()), answers);
        return sheet(opened, save(opened, (ObjectNode) answers));
    }

    /**
     * Submits link {@code secret}'s response. Submitting again changes nothing.
     *
     * @throws org.assessor.assessment.SubmissionInvalid naming each question still to answer
     */
    public Sheet submit(String secret, String client) {
        Opened opened = personal(open(secret, client));
        Questionnaire questionnaire = questionnaire(opened.round());
        Response done = responses.change(opened.token().responseKey(), current -> {
            ObjectNode answers = current.map(Response::answers).orElseGet(JsonNodeFactory.instance::objectNode);
            if (current.isPresent() && current.get().submitted()
                    && opened.invitation().status() != Invitation.Status.REOPENED) {
                return current.get();
            }
            Set<String> answered = answered(answers);
            if (!AnswerSheet.missing(questionnaire, answered).isEmpty()) {
                throw AnswerSheet.incomplete(questionnaire, answered);
            }
            return next(opened, current, answers, true);
        }, opened.invitation().id(), Invitation.Status.SUBMITTED, clock.instant(), !opened.anonymous());
        return sheet(opened, done);
    }

    /**
     * Makes a personal link from the open link {@code secret}, for one more respondent of its role.
     *
     * @return the new link's secret, shown this once
     * @throws RoundConflict if the open link's cap is reached, or the link is a personal one
     */
    public String start(String secret, String client) {
        Opened opened = open(secret, client);
        Invitation open = opened.invitation();
        if (open.kind() != Invitation.Kind.OPEN) {
            throw new RoundConflict("invitation-state", "this is a personal link already: answer with it directly");
        }
        LinkToken token = LinkToken.random();
        Instant now = clock.instant();
        Invitation personal = new Invitation(ids.next(), open.roundId(), Invitation.Kind.PERSONAL, open.role(), null,
                null, null, open.id(), Invitation.Status.INVITED, now, now);
        if (!invitations.addFromOpenLink(open.id(), open.cap(), new JdbcInvitationStore.Hashed(personal,
                token.invitationHash()))) {
            throw new RoundConflict("open-link-full", "this open link has been used by all " + open.cap()
                    + " respondents it was made for; ask the round's lead for a link");
        }
        return token.secret();
    }

    private Opened open(String secret, String client) {
        attempts.check(client);
        LinkToken token = LinkToken.parse(secret);
        Optional<Invitation> invitation = token == null ? Optional.empty()
                : invitations.byTokenHash(token.invitationHash());
        if (invitation.isEmpty()) {
            attempts.failed(client);
            throw NoSuchLink.unknown();
        }
        if (invitation.get().status() == Invitation.Status.REVOKED) {
            throw NoSuchLink.revoked();
        }
        Round round = rounds.find(invitation.get().roundId()).orElseThrow(NoSuchLink::unknown);
        Round.Status status = round.status(clock.instant());
        if (status == Round.Status.SCHEDULED) {
            throw new RoundConflict("round-not-open", "this round opens at " + round.spec().opensAt()
                    + "; come back then");
        }
        if (status != Round.Status.OPEN) {
            throw new RoundConflict("round-closed", "this round closed at " + (round.closedAt() != null
                    ? round.closedAt() : round.spec().closesAt()) + " and takes no more answers");
        }
        return new Opened(token, invitation.get(), round);
    }

    private static Opened personal(Opened opened) {
        if (opened.invitation().kind() == Invitation.Kind.OPEN) {
            throw new RoundConflict("invitation-state", "an open link takes no answers: POST .../start to get a"
                    + " personal link, and answer with that");
        }
        return opened;
    }

    private Response save(Opened opened, ObjectNode changes) {
        return responses.change(opened.token().responseKey(), current -> {
            if (current.isPresent() && current.get().submitted()
                    && opened.invitation().status() != Invitation.Status.REOPENED) {
                throw new RoundConflict("already-submitted", "these answers were submitted; ask the round's lead to"
                        + " reopen them if they need to change");
            }
            ObjectNode answers = current.map(Response::answers).orElseGet(JsonNodeFactory.instance::objectNode);
            for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> change = it.next();
                if (change.getValue().isNull()) {
                    answers.remove(change.getKey());
                } else {
                    answers.set(change.getKey(), change.getValue());
                }
            }
            return next(opened, current, answers, false);
        }, opened.invitation().id(), Invitation.Status.STARTED, clock.instant(), !opened.anonymous());
    }

    private static Response next(Opened opened, Optional<Response> current, ObjectNode answers, boolean submitted) {
        return new Response(opened.token().responseKey(), opened.round().id(),
                opened.anonymous() ? null : opened.invitation().id(), opened.invitation().role(), answers, submitted,
                current.map(Response::revision).orElse(0) + 1);
    }

    private Sheet sheet(Opened opened, Response response) {
        Invitation invitation = invitations.find(opened.invitation().id()).orElse(opened.invitation());
        return new Sheet(opened.round(), invitation, response.answers(), response.submitted(), response.revision(),
                AnswerSheet.missing(questionnaire(opened.round()), answered(response.answers())));
    }

    /** A named respondent's answers in the site's previous round, where this round pre-fills. */
    private Optional<ObjectNode> prefill(Opened opened) {
        Invitation invitation = opened.invitation();
        if (!opened.round().spec().prefill() || opened.anonymous() || invitation.email() == null) {
            return Optional.empty();
        }
        Questionnaire questionnaire = questionnaire(opened.round());
        return rounds.previous(opened.round()).filter(r -> !r.spec().anonymous())
                .flatMap(previous -> invitations.ofRound(previous.id()).stream()
                        .filter(i -> invitation.email().equalsIgnoreCase(i.email())).findFirst())
                .flatMap(i -> responses.ofInvitation(i.id()))
                .map(earlier -> {
                    ObjectNode kept = earlier.answers();
                    kept.retain(questionnaire.questions().keySet());
                    return kept;
                })
                .filter(kept -> !kept.isEmpty());
    }

    private Questionnaire questionnaire(Round round) {
        return questionnaires.get(round.spec().questionnaireId(), round.spec().questionnaireVersion());
    }

    private static Set<String> answered(ObjectNode answers) {
        Set<String> ids = new HashSet<>();
        answers.fieldNames().forEachRemaining(ids::add);
        return ids;
    }
}
