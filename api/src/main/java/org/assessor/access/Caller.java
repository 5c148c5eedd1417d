package org.assessor.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.assessor.assessment.Mode;
import org.assessor.store.AssessmentQuery;

/**
 * Who is making a request, as the services see it: a label, a role and, for a site, its site id.
 * Never the token itself, so it may be logged, stored as an assessment's author and written to
 * the audit log. This record is also the one place that says which assessments a caller may
 * see and submit; services, the access filter and the comparison code all ask it.
 *
 * @param id   the caller's label: the token's {@code name} in the token file, else its role, site
 *             and a fingerprint of the token (e.g. {@code site:north-vale:3f2a9c1b}); {@code local}
 *             when access control is off
 * @param role what the caller may do
 * @param site the caller's site id for {@link Role#SITE}; null for every other role
 */
public record Caller(String id, Role role, String site) {
    /** Everyone, when the server runs without access control (on a loopback address only). */
    public static final Caller LOCAL = new Caller("local", Role.ADMIN, null);

    /** The longest label, as the audit log and the assessment's author column hold it. */
    public static final int MAX_ID_LENGTH = 200;

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a caller's id is 1 to " + MAX_ID_LENGTH + " characters");
        }
        if ((role == Role.SITE) != (site != null)) {
            throw new IllegalArgumentException("a site id is given for role site, and only for it");
        }
    }

    /** True for the commissioner, auditor and admin roles, which read every site's assessments. */
    public boolean readsEverySite() {
        return role == Role.COMMISSIONER || role == Role.AUDITOR || role == Role.ADMIN;
    }

    /**
     * Whether this caller may have a submission rated under a retired rule-set version (by naming
     * it as {@code ruleSetVersion}): those who may re-evaluate, auditors and admins. Everyone else
     * is rated under the active version only, so that a retired rule set, retired perhaps because
     * it rated wrongly, never again rates a new assessment of theirs.
     */
    public boolean mayNameRetiredVersions() {
        return role == Role.AUDITOR || role == Role.ADMIN;
    }

    /**
     * Whether this caller may see the assessment of site {@code siteId} stored by {@code author}
     * (the {@link #id()} of whoever created it): every site's for commissioners, auditors and
     * admins; its own site's for a site; the ones it wrote itself for a peer reviewer. An
     * assessment a caller may not see must look to it exactly like one that does not exist.
     */
    public boolean maySee(String siteId, String author) {
        return switch (role) {
            case SITE -> site.equals(siteId);
            case PEER_REVIEWER -> id.equals(author);
            case COMMISSIONER, AUDITOR, ADMIN -> true;
        };
    }

    /**
     * {@code query} narrowed to what this caller may see: a site's own assessments (empty when
     * the query asks for another site), a peer reviewer's own, or the query unchanged.
     */
    public Optional<AssessmentQuery> narrow(AssessmentQuery query) {
        return switch (role) {
            case SITE -> query.siteId() != null && !query.siteId().equals(site) ? Optional.empty()
                    : Optional.of(query.withSite(site));
            case PEER_REVIEWER -> Optional.of(query.withAuthor(id));
            case COMMISSIONER, AUDITOR, ADMIN -> Optional.of(query);
        };
    }

    /**
     * The sites whose assessments a comparison for this caller may hold, given the sites it asked
     * for ({@code requested}, empty for all): the request unchanged for commissioners, auditors and
     * admins; for a site, its own site (if it asked for all, or for a set that includes it);
     * empty when the caller may compare nothing it asked for. An empty result means no rows at
     * all, never "every site".
     */
    public Optional<Set<String>> narrowSites(Set<String> requested) {
        return switch (role) {
            case SITE -> requested.isEmpty() || requested.contains(site) ? Optional.of(Set.of(site)) : Optional.empty();
            case PEER_REVIEWER -> Optional.empty();
            case COMMISSIONER, AUDITOR, ADMIN -> Optional.of(Set.copyOf(requested));
        };
    }

    /**
     * Why this caller may not submit an assessment of site {@code siteId} in mode {@code mode};
     * empty if it may. A site submits self-assessments of its own site; a peer reviewer submits
     * peer reviews of any site; an admin submits anything; commissioners and auditors submit
     * nothing (they are refused by {@link AccessPolicy} before this is asked).
     */
    public Optional<String> refusesSubmission(String siteId, Mode mode) {
        return switch (role) {
            case SITE -> !site.equals(siteId) ? Optional.of("a site token submits only its own site's assessments, "
                    + "and this one is not for site '" + siteId + "'")
                    : mode != Mode.SELF ? Optional.of("a site token submits self-assessments; peer reviews are "
                    + "submitted by peer reviewers") : Optional.empty();
            case PEER_REVIEWER -> mode != Mode.PEER ? Optional.of("a peer-reviewer token submits peer reviews "
                    + "(\"mode\": \"peer\") only") : Optional.empty();
            case ADMIN -> Optional.empty();
            case COMMISSIONER, AUDITOR -> Optional.of("a " + role.code() + " token submits no assessments");
        };
    }

    /**
     * Why this caller may not try a submission of site {@code siteId} in mode {@code mode}
     * without storing it ({@code POST /api/evaluations}); empty if it may. Sites and peer
     * reviewers may try what they may submit; commissioners, auditors and admins may try
     * anything, as nothing is stored.
     */
    public Optional<String> refusesEvaluation(String siteId, Mode mode) {
        return role == Role.COMMISSIONER || role == Role.AUDITOR ? Optional.empty()
                : refusesSubmission(siteId, mode);
    }

    @Override
    public String toString() {
        return id;
    }
}
