package org.assessor.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assessor.access.Caller;
import org.assessor.assessment.FieldError;
import org.assessor.assessment.Roles;
import org.assessor.round.Invitation;
import org.assessor.round.IssuedLink;
import org.assessor.round.LinkToken;
import org.assessor.round.NewInvitation;
import org.assessor.round.NoSuchInvitation;
import org.assessor.round.OutboxMessage;
import org.assessor.round.Round;
import org.assessor.round.RoundConflict;
import org.assessor.round.RoundInvalid;
import org.assessor.store.AssessmentIds;
import org.assessor.store.JdbcInvitationStore;
import org.assessor.store.JdbcOutbox;
import org.assessor.store.JdbcResponseStore;
import org.assessor.store.JdbcRoundStore;

/**
 * A round's links, for its lead: invite (personal links, and open links for anonymous groups),
 * revoke, re-issue, reopen a submitted response, remind those not finished, and read the outbox.
 * Links are shown once, in what these methods return; only their hashes are kept. Thread-safe.
 */
public final class InvitationService {
    /** The most invitations one request may make. */
    public static final int MAX_PER_REQUEST = 500;
    private static final int MAX_CAP = 1000;

    private final JdbcInvitationStore invitations;
    private final JdbcResponseStore responses;
    private final JdbcOutbox outbox;
    private final Postbox postbox;
    private final RoundAccess access;
    private final Links links;
    private final AssessmentIds ids;
    private final Clock clock;

    public InvitationService(JdbcRoundStore rounds, JdbcInvitationStore invitations, JdbcResponseStore responses,
                             JdbcOutbox outbox, Postbox postbox, Links links, AssessmentIds ids, Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.outbox = outbox;
        this.postbox = postbox;
        this.access = new RoundAccess(rounds);
        this.links = links;
        this.ids = ids;
        this.clock = clock;
    }

    /** Turns a link's secret into the link a respondent opens. */
    @FunctionalInterface
    public interface Links extends Function<String, String> {
    }

    /**
     * Makes a link for each of {@code requested}, in order, and sends or writes the invitation
     * message of each personal one with an address.
     *
     * @throws RoundInvalid     listing each request at fault; nothing is made
     * @throws RoundConflict    if the round no longer takes answers
     */
    public List<IssuedLink> invite(Caller caller, String roundId, List<NewInvitation> requested) {
        Round round = takingAnswers(access.visible(caller, roundId));
        List<FieldError> errors = new ArrayList<>();
        if (requested.isEmpty() || requested.size() > MAX_PER_REQUEST) {
            errors.add(new FieldError("/invitations", "expected 1 to " + MAX_PER_REQUEST + " invitations"));
        }
        for (int i = 0; i < requested.size(); i++) {
            NewInvitation n = requested.get(i);
            if (!Roles.isKnown(n.role())) {
                errors.add(new FieldError("/invitations/" + i + "/role", "unknown role; one of " + Roles.ALL));
            }
            if (n.open() && (n.cap() < 1 || n.cap() > MAX_CAP)) {
                errors.add(new FieldError("/invitations/" + i + "/cap", "expected a whole number from 1 to " + MAX_CAP));
            }
            if (n.open() && !round.spec().anonymous()) {
                errors.add(new FieldError("/invitations/" + i + "/cap", "open links are for anonymous rounds: in a"
                        + " named round, invite each respondent by name"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RoundInvalid(errors);
        }
        Instant now = clock.instant();
        List<JdbcInvitationStore.Hashed> made = new ArrayList<>();
        List<LinkToken> tokens = new ArrayList<>();
        for (NewInvitation n : requested) {
            LinkToken token = LinkToken.random();
            Invitation invitation = new Invitation(ids.next(), round.id(), n.open() ? Invitation.Kind.OPEN
                    : Invitation.Kind.PERSONAL, n.role(), n.open() ? null : n.name(), n.open() ? null : n.email(),
                    n.cap(), null, Invitation.Status.INVITED, now, now);
            made.add(new JdbcInvitationStore.Hashed(invitation, token.invitationHash()));
            tokens.add(token);
        }
        invitations.add(made);
        List<IssuedLink> issued = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            Invitation invitation = made.get(i).invitation();
            String link = links.apply(tokens.get(i).secret());
            Postbox.Delivery delivery = invitation.kind() == Invitation.Kind.OPEN ? null
                    : postbox.deliver(round, invitation, "invitation", link);
            issued.add(new IssuedLink(invitation, link, delivery == null ? null : delivery.text(),
                    delivery != null && delivery.sent()));
        }
        return issued;
    }

    /** Revokes invitation {@code id}: its link stops working. A submitted response cannot be revoked. */
    public Invitation revoke(Caller caller, String roundId, String id) {
        Round round = takingAnswers(access.visible(caller, roundId));
        Invitation invitation = find(round, id);
        if (invitation.status().finished()) {
            throw new RoundConflict("invitation-state", "invitation " + id + " has submitted its answers; they count"
                    + " towards the round and the link can no longer change them");
        }
        invitations.setStatus(id, Invitation.Status.REVOKED, clock.instant());
        return find(round, id);
    }

    /**
     * Gives invitation {@code id} a new link; the old one stops working. In a named round the
     * answers saved so far go on with the new link; in an anonymous round nothing joins them to
     * the invitation, so a draft is left behind (and a reopened response cannot be re-issued).
     */
    public IssuedLink reissue(Caller caller, String roundId, String id) {
        Round round = takingAnswers(access.visible(caller, roundId));
        Invitation invitation = find(round, id);
        if (invitation.kind() == Invitation.Kind.OPEN || invitation.status().finished()
                || round.spec().anonymous() && invitation.status() == Invitation.Status.REOPENED) {
            throw new RoundConflict("invitation-state", "invitation " + id + " is " + invitation.status().code()
                    + (invitation.kind() == Invitation.Kind.OPEN ? " and an open link" : "")
                    + "; only a personal link not yet submitted can be re-issued");
        }
        LinkToken token = renew(round, invitation);
        String link = links.apply(token.secret());
        Invitation renewed = find(round, id);
        Postbox.Delivery delivery = postbox.deliver(round, renewed, "invitation", link);
        return new IssuedLink(renewed, link, delivery.text(), delivery.sent());
    }

    /** Reopens invitation {@code id}'s submitted response, so its respondent may change it and submit again. */
    public Invitation reopen(Caller caller, String roundId, String id) {
        Round round = takingAnswers(access.visible(caller, roundId));
        Invitation invitation = find(round, id);
        if (!invitation.status().finished()) {
            throw new RoundConflict("invitation-state", "invitation " + id + " is " + invitation.status().code()
                    + "; only a submitted response can be reopened");
        }
        responses.reopen(id, !round.spec().anonymous(), clock.instant());
        return find(round, id);
    }

    /**
     * Reminds every invitee with an address who has not finished: a new link for those in named
     * rounds and those not yet started, otherwise a message asking them to use their link.
     *
     * @return the reminders, with their links, for copying; those without an address are not included
     */
    public List<IssuedLink> remind(Caller caller, String roundId) {
        Round round = takingAnswers(access.visible(caller, roundId));
        List<IssuedLink> reminded = new ArrayList<>();
        for (Invitation invitation : invitations.ofRound(round.id())) {
            if (invitation.kind() == Invitation.Kind.OPEN || invitation.email() == null
                    || invitation.status().finished() || invitation.status() == Invitation.Status.REVOKED) {
                continue;
            }
            boolean newLink = !round.spec().anonymous() || invitation.status() == Invitation.Status.INVITED;
            String link = newLink ? links.apply(renew(round, invitation).secret()) : null;
            Postbox.Delivery delivery = postbox.deliver(round, invitation, "reminder", link);
            reminded.add(new IssuedLink(invitation, link, delivery.text(), delivery.sent()));
        }
        return reminded;
    }

    /** Round {@code roundId}'s messages, with links left out. */
    public List<OutboxMessage> outbox(Caller caller, String roundId) {
        return outbox.ofRound(access.visible(caller, roundId).id());
    }

    /** True if messages go by mail. */
    public boolean sendsMail() {
        return postbox.sends();
    }

    private LinkToken renew(Round round, Invitation invitation) {
        LinkToken token = LinkToken.random();
        invitations.replaceToken(invitation.id(), token.invitationHash(),
                round.spec().anonymous() ? null : token.responseKey(), clock.instant());
        if (round.spec().anonymous() && invitation.status() == Invitation.Status.STARTED) {
            invitations.setStatus(invitation.id(), Invitation.Status.INVITED, clock.instant());
        }
        return token;
    }

    private Invitation find(Round round, String id) {
        return invitations.find(id).filter(i -> i.roundId().equals(round.id()))
                .orElseThrow(() -> new NoSuchInvitation(round.id(), id));
    }

    private Round takingAnswers(Round round) {
        Round.Status status = round.status(clock.instant());
        if (status == Round.Status.CLOSED || status == Round.Status.ENDED) {
            throw new RoundConflict("round-closed", "round " + round.id() + " is " + status.code()
                    + " and takes no more answers");
        }
        return round;
    }
}
