package org.assessor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.assessor.assessment.Mode;
import org.assessor.store.AssessmentQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy table's matching, and the rules {@link Caller} applies within an endpoint. */
class AccessPolicyTest {
    private static final Caller NORTH = new Caller("site:north:1", Role.SITE, "north");
    private static final Caller PEER = new Caller("peer one", Role.PEER_REVIEWER, null);
    private static final Caller COMMISSIONER = new Caller("c", Role.COMMISSIONER, null);
    private static final Caller AUDITOR = new Caller("a", Role.AUDITOR, null);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET, /api/questionnaires, /api/questionnaires",
            "GET, /api/questionnaires/, /api/questionnaires",
            "HEAD, /api/questionnaires/demo, /api/questionnaires/{id}",
            "POST, /api/questionnaires, /**",
            "GET, /api/questionnaires/demo/extra, /**",
            "GET, /api/assessments/abc/report.pdf, /api/assessments/{id}/report.pdf",
            "POST, /api/assessments/abc, /**",
            "DELETE, /api/rulesets/demo/1.0.0, /api/rulesets/**",
            "GET, /api/rulesets, /api/rulesets/**",
            "GET, /api/rulesetsx, /**",
            "GET, /api/audit/2026, /api/audit/**",
            "GET, /api//assessments, /**",
            "GET, /, /",
            "POST, /, /**",
            "GET, /respond/abc/sections/1, /respond/**",
            "DELETE, /nowhere, /**"})
    void theFirstMatchingRuleDecidesAndAnythingUnnamedIsForAdminsOnly(String method, String path, String pattern) {
        AccessPolicy.Decision decision = AccessPolicy.decide(method, path);

        assertThat(decision.rule().pattern()).isEqualTo(pattern);
        if (pattern.equals("/**")) {
            assertThat(decision.rule().roles()).containsExactly(Role.ADMIN);
        }
    }

    @Test
    void rulesAboutOneAssessmentCarryItsId() {
        assertThat(AccessPolicy.decide("GET", "/api/assessments/abc").assessmentId()).isEqualTo("abc");
        assertThat(AccessPolicy.decide("GET", "/api/assessments/abc/results").assessmentId()).isEqualTo("abc");
        assertThat(AccessPolicy.decide("GET", "/api/assessments").assessmentId()).isNull();
    }

    @Test
    void onlyAuditorsAndAdminsTouchRuleSets() {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            AccessPolicy.Rule rule = AccessPolicy.decide(method, "/api/rulesets/demo/2.0.0/publish").rule();
            assertThat(rule.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.ADMIN);
        }
    }

    @Test
    void whoMaySeeAnAssessment() {
        assertThat(NORTH.maySee("north", "anyone")).isTrue();
        assertThat(NORTH.maySee("south", NORTH.id())).isFalse();
        assertThat(PEER.maySee("north", "peer one")).isTrue();
        assertThat(PEER.maySee("north", "peer two")).isFalse();
        assertThat(PEER.maySee("north", null)).isFalse();
        assertThat(COMMISSIONER.maySee("south", null)).isTrue();
        assertThat(AUDITOR.maySee("south", null)).isTrue();
        assertThat(Caller.LOCAL.maySee("south", null)).isTrue();
    }

    @Test
    void listingsAreNarrowedToWhatTheCallerMaySee() {
        AssessmentQuery any = new AssessmentQuery(null, "demo", 20, null);

        assertThat(NORTH.narrow(any)).hasValue(any.withSite("north"));
        assertThat(NORTH.narrow(any.withSite("north"))).hasValue(any.withSite("north"));
        assertThat(NORTH.narrow(any.withSite("south"))).isEmpty();
        assertThat(PEER.narrow(any)).hasValue(any.withAuthor("peer one"));
        assertThat(COMMISSIONER.narrow(any.withSite("south"))).hasValue(any.withSite("south"));
    }

    @Test
    void whoMaySubmitWhat() {
        assertThat(NORTH.refusesSubmission("north", Mode.SELF)).isEmpty();
        assertThat(NORTH.refusesSubmission("south", Mode.SELF)).hasValueSatisfying(m -> assertThat(m)
                .contains("only its own site's"));
        assertThat(NORTH.refusesSubmission("north", Mode.PEER)).isPresent();
        assertThat(PEER.refusesSubmission("anywhere", Mode.PEER)).isEmpty();
        assertThat(PEER.refusesSubmission("anywhere", Mode.SELF)).isPresent();
        assertThat(COMMISSIONER.refusesSubmission("north", Mode.SELF)).isPresent();
        assertThat(COMMISSIONER.refusesEvaluation("north", Mode.SELF)).isEmpty();
        assertThat(AUDITOR.refusesEvaluation("north", Mode.PEER)).isEmpty();
        assertThat(NORTH.refusesEvaluation("south", Mode.SELF)).isPresent();
        assertThat(Caller.LOCAL.refusesSubmission("north", Mode.PEER)).isEqualTo(Optional.empty());
    }
}
