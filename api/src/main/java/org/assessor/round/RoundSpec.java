package org.assessor.round;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a round is for, as its lead set it up.
 *
 * @param siteId               the site whose respondents answer
 * @param siteName             its display name
 * @param questionnaireId      the questionnaire answered
 * @param questionnaireVersion its version, fixed when the round is made
 * @param ruleSetVersion       the rule-set version the round is rated with, fixed when it is made
 * @param cycle                the cycle label, e.g. {@code baseline} or {@code follow-up-1}
 * @param opensAt              answers are taken from then
 * @param closesAt             and until then; links expire at this moment
 * @param expected             how many respondents of each role the lead expects, by role
 * @param anonymous            whether answers must never be linkable to a person
 * @param minGroup             in anonymous rounds, the smallest role group shown as itself; smaller
 *                             groups are merged into {@code other}
 * @param prefill              whether a named respondent starts from their answers in the site's
 *                             previous round of the same questionnaire
 */
public record RoundSpec(String siteId, String siteName, String questionnaireId, String questionnaireVersion,
                        String ruleSetVersion, String cycle, Instant opensAt, Instant closesAt,
                        Map<String, Integer> expected, boolean anonymous, int minGroup, boolean prefill) {
    /** The default smallest role group shown in an anonymous round. */
    public static final int DEFAULT_MIN_GROUP = 3;

    public RoundSpec {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(closesAt, "closesAt");
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }
}
