package org.assessor.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.access.Caller;
import org.assessor.access.Role;
import org.assessor.assessment.FieldError;
import org.assessor.assessment.Roles;
import org.assessor.assessment.Submission;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.result.AssessmentResult;
import org.assessor.round.Invitation;
import org.assessor.round.NewRound;
import org.assessor.round.Progress;
import org.assessor.round.Response;
import org.assessor.round.Round;
import org.assessor.round.RoundConflict;
import org.assessor.round.RoundInvalid;
import org.assessor.round.RoundSpec;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentStore;
import org.assessor.store.JdbcInvitationStore;
import org.assessor.store.JdbcResponseStore;
import org.assessor.store.JdbcRoundStore;
import org.assessor.store.StoredAssessment;

/**
 * Collection rounds, for their leads (a site's own token) and commissioners: make a round, list
 * and read rounds, watch progress, rate the round so far (provisionally, storing nothing), and
 * close it into an ordinary stored assessment. Invitations are {@link InvitationService}'s;
 * respondents' answers {@link RespondentService}'s. Thread-safe.
 */
public final class RoundService {
    private static final int MAX_EXPECTED = 1000;
    private static final int MAX_KEPT = 1000;

    private final Engine engine;
    private final JdbcRoundStore rounds;
    private final JdbcInvitationStore invitations;
    private final JdbcResponseStore responses;
    private final AssessmentStore assessments;
    private final AssessmentIds ids;
    private final Clock clock;
    private final RoundAccess access;
    private final java.util.Map<String, Provisional> provisionals = new java.util.concurrent.ConcurrentHashMap<>();

    public RoundService(Engine engine, JdbcRoundStore rounds, JdbcInvitationStore invitations,
                        JdbcResponseStore responses, AssessmentStore assessments, AssessmentIds ids, Clock clock) {
        this.engine = engine;
        this.rounds = rounds;
        this.invitations = invitations;
        this.responses = responses;
        this.assessments = assessments;
        this.ids = ids;
        this.clock = clock;
        this.access = new RoundAccess(rounds);
    }

    /**
     * Makes a round for {@code request}, on the questionnaire's latest version and its active
     * rule-set version, which stay fixed for the round.
     *
     * @throws RoundInvalid listing each field at fault
     * @throws org.assessor.access.AccessDenied if a site asks for another site's round
     */
    public Round create(Caller caller, NewRound request) {
        RoundAccess.mayMake(caller, request.siteId());
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        Instant opens = request.opensAt() == null ? now : request.opensAt();
        if (!request.closesAt().isAfter(opens)) {
            errors.add(new FieldError("/closesAt", "must be after the round opens (" + opens + ")"));
        } else if (!request.closesAt().isAfter(now)) {
            errors.add(new FieldError("/closesAt", "must be in the future"));
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        request.expected().forEach((role, count) -> {
            if (!Roles.isKnown(role)) {
                errors.add(new FieldError("/expected/" + role, "unknown role; one of " + Roles.ALL));
            } else if (count == null || count < 1 || count > MAX_EXPECTED) {
                errors.add(new FieldError("/expected/" + role, "expected a whole number from 1 to " + MAX_EXPECTED));
            } else {
                expected.put(role, count);
            }
        });
        int minGroup = request.minGroup() == null ? RoundSpec.DEFAULT_MIN_GROUP : request.minGroup();
        if (minGroup < 1 || minGroup > 50) {
            errors.add(new FieldError("/minGroup", "expected a whole number from 1 to 50"));
        }
        Questionnaire questionnaire = null;
        String ruleSetVersion = null;
        if (!engine.questionnaires().contains(request.questionnaireId())) {
            errors.add(new FieldError("/questionnaireId", "unknown questionnaire; one of " + engine.questionnaires().ids()));
        } else {
            questionnaire = engine.questionnaires().latest(request.questionnaireId());
            try {
                ruleSetVersion = engine.ruleSets().active(request.questionnaireId()).id().version();
            } catch (NoSuchRuleSet e) {
                errors.add(new FieldError("/questionnaireId", "has no active rule set to rate it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RoundInvalid(errors);
        }
        RoundSpec spec = new RoundSpec(request.siteId(), request.siteName() == null ? request.siteId()
                : request.siteName(), questionnaire.id(), questionnaire.version(), ruleSetVersion, request.cycle(),
                opens, request.closesAt(), expected, request.anonymous(), minGroup, request.prefill());
        Round round = new Round(ids.next(), spec, caller.id(), now, null, null, null);
        rounds.add(round);
        return round;
    }

    /** The rounds {@code caller} may see, of site {@code siteId} (every visible site's if null), newest first. */
    public List<Round> list(Caller caller, String siteId) {
        String site = caller.role() == Role.SITE ? caller.site() : siteId;
        if (caller.role() == Role.SITE && siteId != null && !siteId.equals(caller.site())) {
            return List.of();
        }
        return rounds.list(site).stream().filter(r -> RoundAccess.mayRead(caller, r.spec().siteId())).toList();
    }

    /**
     * Round {@code id}.
     *
     * @throws org.assessor.round.NoSuchRound if there is none, or {@code caller} may not see it
     */
    public Round get(Caller caller, String id) {
        return access.visible(caller, id);
    }

    /** Where round {@code id} stands at this moment. */
    public Round.Status status(Round round) {
        return round.status(clock.instant());
    }

    /** How far round {@code id} has come, by role; the invitees not finished, by name only. */
    public Progress progress(Caller caller, String id) {
        Round round = access.visible(caller, id);
        List<Invitation> all = invitations.ofRound(round.id());
        Map<String, int[]> counts = new LinkedHashMap<>();
        round.spec().expected().keySet().forEach(role -> counts.put(role, new int[3]));
        List<Progress.OpenLinkUse> open = new ArrayList<>();
        List<Invitation> notFinished = new ArrayList<>();
        for (Invitation invitation : all) {
            if (invitation.kind() == Invitation.Kind.OPEN) {
                open.add(new Progress.OpenLinkUse(invitation, invitations.openedFrom(invitation.id())));
                continue;
            }
            if (invitation.status() == Invitation.Status.REVOKED) {
                continue;
            }
            int[] c = counts.computeIfAbsent(invitation.role(), r -> new int[3]);
            c[0]++;
            if (invitation.status() != Invitation.Status.INVITED) {
                c[1]++;
            }
            if (invitation.status().finished()) {
                c[2]++;
            } else {
                notFinished.add(invitation);
            }
        }
        List<Progress.RoleProgress> roles = new ArrayList<>();
        counts.forEach((role, c) -> roles.add(new Progress.RoleProgress(role,
                round.spec().expected().getOrDefault(role, 0), c[0], c[1], c[2])));
        return new Progress(round, roles, open, notFinished);
    }

    /**
     * The round so far, rated through the rule set it names, storing nothing. The rating is kept
     * while the submitted responses stay the same (same keys, same revisions), so a lead who
     * reloads the page does not wait for the engine again.
     */
    public Provisional provisional(Caller caller, String id) {
        Round round = access.visible(caller, id);
        List<Response> submitted = submitted(round);
        String fingerprint = submitted.stream().map(r -> r.key() + ":" + r.revision())
                .collect(java.util.stream.Collectors.joining(","));
        Provisional kept = provisionals.get(round.id());
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            return kept;
        }
        if (provisionals.size() > MAX_KEPT) {
            provisionals.clear();
        }
        Provisional rated = new Provisional(round, submitted.size(), rate(round, RoundSubmission.of(round, submitted)),
                fingerprint);
        provisionals.put(round.id(), rated);
        return rated;
    }

    /**
     * Closes round {@code id}: rates every submitted response together and stores the result as an
     * ordinary assessment, linked to the round, in one transaction with the round's closing.
     *
     * @throws RoundConflict if it is closed already, or no response has been submitted
     */
    public Closed close(Caller caller, String id) {
        Round round = access.visible(caller, id);
        if (round.closedAt() != null) {
            throw closedAlready(round);
        }
        List<Response> submitted = submitted(round);
        ObjectNode document = RoundSubmission.of(round, submitted);
        AssessmentResult result = rate(round, document).withId(ids.next());
        StoredAssessment stored = assessments.prepare(result, document, caller.id());
        if (!rounds.close(round.id(), stored, caller.id(), clock.instant())) {
            throw closedAlready(access.visible(caller, id));
        }
        return new Closed(access.visible(caller, id), submitted.size(), stored);
    }

    private List<Response> submitted(Round round) {
        List<Response> submitted = responses.submitted(round.id());
        if (submitted.isEmpty()) {
            throw new RoundConflict("round-empty", "no response has been submitted yet, so there is nothing to rate;"
                    + " GET /api/rounds/" + round.id() + "/progress shows who has not finished");
        }
        if (round.spec().anonymous() && submitted.size() < round.spec().minGroup()) {
            throw new RoundConflict("too-few-responses", "this anonymous round has " + submitted.size()
                    + " submitted response" + (submitted.size() == 1 ? "" : "s") + "; it is rated from "
                    + round.spec().minGroup() + ", so that no rating points at a person");
        }
        return submitted;
    }

    private AssessmentResult rate(Round round, ObjectNode document) {
        Submission submission = engine.reader().read(document);
        CompiledRuleSet ruleSet = engine.evaluator().ruleSetFor(submission);
        return engine.evaluator().evaluate(submission, ruleSet);
    }

    private static RoundConflict closedAlready(Round round) {
        return new RoundConflict("round-closed", "round " + round.id() + " is closed already; its assessment is "
                + round.assessmentId());
    }

    /**
     * A provisional rating: the round, how many responses it counts, the result (never stored), and
     * a fingerprint of the responses it was rated from.
     */
    public record Provisional(Round round, int responses, AssessmentResult result, String fingerprint) {
    }

    /** A round just closed, the number of responses it counted, and the assessment stored. */
    public record Closed(Round round, int responses, StoredAssessment assessment) {
    }
}
