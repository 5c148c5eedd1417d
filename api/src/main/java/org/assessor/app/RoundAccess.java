package org.assessor.app;

import org.assessor.access.AccessDenied;
import org.assessor.access.Caller;
import org.assessor.access.Role;
import org.assessor.round.NoSuchRound;
import org.assessor.round.Round;
import org.assessor.store.AssessmentIds;
import org.assessor.store.JdbcRoundStore;

/**
 * Which rounds a caller may see and run: a site its own site's; commissioners, auditors and
 * admins every site's (auditors read only: {@link org.assessor.access.AccessPolicy} keeps them
 * to GET); peer reviewers none. A round a caller may not see looks to it exactly like one that
 * does not exist. Thread-safe.
 */
final class RoundAccess {
    private final JdbcRoundStore rounds;

    RoundAccess(JdbcRoundStore rounds) {
        this.rounds = rounds;
    }

    /**
     * Round {@code id} if {@code caller} may see it.
     *
     * @throws NoSuchRound if there is none, or the caller may not see it
     */
    Round visible(Caller caller, String id) {
        if (!AssessmentIds.isWellFormed(id)) {
            throw new NoSuchRound(id);
        }
        return rounds.find(id).filter(r -> mayRead(caller, r.spec().siteId())).orElseThrow(() -> new NoSuchRound(id));
    }

    /** True if {@code caller} may see the rounds of site {@code siteId}. */
    static boolean mayRead(Caller caller, String siteId) {
        return caller.role() == Role.SITE ? caller.site().equals(siteId) : caller.role() != Role.PEER_REVIEWER;
    }

    /**
     * Refuses {@code caller} making a round for site {@code siteId}: a site makes its own site's
     * rounds; commissioners and admins any site's.
     */
    static void mayMake(Caller caller, String siteId) {
        if (caller.role() == Role.SITE && !caller.site().equals(siteId)) {
            throw new AccessDenied("a site token runs only its own site's rounds, and this one is not for site '"
                    + siteId + "'");
        }
    }
}
