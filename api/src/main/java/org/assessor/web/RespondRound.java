package org.assessor.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.round.RoundSpec;

/**
 * What every respondent page says about the round a link answers, and where the link's pages
 * are. The link is a path segment of the pages' own addresses only: it is never put in a message.
 *
 * @param link     the link's secret, as it came in the address
 * @param site     the name of the site that runs the round (its id if it has no name)
 * @param title    the questionnaire's title
 * @param role     the role the respondent answers in
 * @param closes   when the round closes, in words, UK time (e.g. {@code 24 December 2026 at 5:30pm})
 * @param anonymous whether the round promises that no answer is linkable to a person
 * @param minGroup in anonymous rounds, the smallest group of respondents shown as itself
 */
public record RespondRound(String link, String site, String title, String role, String closes, boolean anonymous,
                           int minGroup) {
    /** The time zone dates are shown in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);

    /** The round of {@code spec}, answering {@code questionnaire}, reached through {@code link} by a {@code role}. */
    public static RespondRound of(String link, RoundSpec spec, Questionnaire questionnaire, String role) {
        String site = spec.siteName() == null || spec.siteName().isBlank() ? spec.siteId() : spec.siteName();
        return new RespondRound(link, site, questionnaire.title(), role, when(spec.closesAt()), spec.anonymous(),
                spec.minGroup());
    }

    /**
     * {@code at} in words, UK time, as the NHS style writes times: {@code 24 December 2026 at 5:30pm},
     * {@code ... at 9am}, {@code ... at midday}, {@code midnight at the end of 24 December 2026}.
     */
    public static String when(Instant at) {
        ZonedDateTime local = at.atZone(ZONE);
        LocalTime time = local.toLocalTime().withSecond(0).withNano(0);
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight at the end of " + DAY.format(local.minusDays(1));
        }
        String clock = time.equals(LocalTime.NOON) ? "midday"
                : (time.getMinute() == 0 ? HOUR : TIME).format(time).toLowerCase(Locale.ROOT);
        return DAY.format(local) + " at " + clock;
    }

    /** The role in words: its id with hyphens as spaces, e.g. {@code frontline staff}. */
    public String roleName() {
        return role.replace('-', ' ').replace('_', ' ');
    }

    /** The start page's address; the other pages are under it. */
    public String base() {
        return "/respond/" + link;
    }

    /** The address of section {@code sectionId}'s questions. */
    public String section(String sectionId) {
        return base() + "/sections/" + sectionId;
    }
}
