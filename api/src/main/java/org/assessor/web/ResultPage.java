package org.assessor.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.app.ActionPlanService;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.ActionResult;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.Reason;
import org.assessor.result.RespondentRatingView;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;

/**
 * A result as the result page shows it, in plain language: the overall rating, each section's
 * standards and their criteria with why ("3 of 5 respondents rate it met"), agreement, the rule
 * names for the curious, and the action plan by priority.
 *
 * @param heading     what the page is about, e.g. the site and cycle
 * @param provisional whether the result is a round's provisional rating (never stored)
 * @param pdf         the address of the PDF report; null for none
 */
public record ResultPage(String heading, boolean provisional, String pdf, RatingTag overall,
                         List<OutcomeLine> outcomes, List<SectionRow> sections, List<ActionRow> actions,
                         int respondents, Since since, ProfileChart chart, SideBySide sideBySide) {

    /** A self-assessment and a peer review of the same cycle, criterion by criterion. */
    public record SideBySide(String otherLink, List<Pair> criteria) {
    }

    /** One criterion rated by the site and by the peer reviewer, and whether they agree. */
    public record Pair(String id, String title, RatingTag self, RatingTag peer, boolean same) {
    }

    /** Progress since the previous cycle: its label, and each standard's rating then and now. */
    public record Since(String label, List<Change> changes) {
    }

    /** One standard's rating in the previous cycle and now, and which way it went, in words. */
    public record Change(String id, String title, RatingTag before, RatingTag now, String direction) {
    }

    /**
     * A rating as a tag: its code (the CSS modifier that colours it, never the only signal) and its
     * words and letter from the questionnaire's scale.
     */
    public record RatingTag(String code, String words, String letter) {
        static RatingTag of(Rating rating, RatingScale scale) {
            RatingScale.Level level = scale.describe(rating);
            return new RatingTag(rating.code(), level.label(), level.letter());
        }
    }

    /** A section and its standards. */
    public record SectionRow(String id, String title, RatingTag rating, List<StandardRow> standards) {
    }

    /** A standard, its agreement in words, and its criteria. */
    public record StandardRow(String id, String title, RatingTag rating, String agreement, boolean lowAgreement,
                              List<CriterionRow> criteria) {
    }

    /** A criterion with its plain-language reason and the rules behind it. */
    public record CriterionRow(String id, String title, RatingTag rating, boolean critical, String why,
                               boolean lowAgreement, List<String> rules) {
    }

    /**
     * One recommended action and its plan: owner, due date and status (blank where not planned),
     * the earlier cycle its plan was carried from, and where to change it (null if the reader may not).
     */
    public record ActionRow(String id, String priority, String target, String text, String owner, String due,
                            String status, String carriedFrom, String change) {
    }

    /** The page of stored assessment {@code id} with its action plan and progress since the previous cycle. */
    public static ResultPage of(String id, ActionPlanService.Plan plan, String heading) {
        ResultPage page = of(plan.result(), heading, false, "/results/" + id + "/report.pdf");
        List<ActionRow> actions = plan.result().actions().stream()
                .sorted(Comparator.comparing(ActionResult::priority)).map(a -> {
                    ActionPlanService.Item item = plan.items().get(a.id());
                    return new ActionRow(a.id(), a.priority().code(), a.target(), a.text(),
                            item == null || item.owner() == null ? "" : item.owner(),
                            item == null || item.due() == null ? "" : Dates.date(item.due()),
                            item == null ? "not started" : item.status().replace('-', ' '),
                            item == null ? null : item.carriedFrom(),
                            plan.editable() ? "/results/" + id + "/actions/" + a.id() : null);
                }).toList();
        Since since = plan.previous().map(p -> since(p, plan.result())).orElse(null);
        SideBySide sideBySide = plan.counterpart().map(other -> sideBySide(plan.result(), other)).orElse(null);
        return new ResultPage(page.heading(), false, page.pdf(), page.overall(), page.outcomes(), page.sections(),
                actions, page.respondents(), since, page.chart(), sideBySide);
    }

    private static SideBySide sideBySide(AssessmentResult shown, AssessmentResult other) {
        boolean shownIsSelf = shown.mode().code().equals("self");
        AssessmentResult self = shownIsSelf ? shown : other;
        AssessmentResult peer = shownIsSelf ? other : shown;
        RatingScale scale = shown.questionnaire().scale();
        Map<String, CriterionResult> peerRatings = new LinkedHashMap<>();
        peer.sections().forEach(s -> s.standards().forEach(st -> st.criteria().forEach(c -> peerRatings.put(c.id(), c))));
        List<Pair> pairs = new ArrayList<>();
        self.sections().forEach(s -> s.standards().forEach(st -> st.criteria().forEach(c -> {
            CriterionResult p = peerRatings.get(c.id());
            if (p != null) {
                pairs.add(new Pair(c.id(), c.title(), RatingTag.of(c.rating(), scale), RatingTag.of(p.rating(), scale),
                        c.rating().equals(p.rating())));
            }
        })));
        return new SideBySide("/results/" + other.id(), pairs);
    }

    private static Since since(AssessmentResult before, AssessmentResult now) {
        Map<String, StandardResult> earlier = new LinkedHashMap<>();
        before.sections().forEach(s -> s.standards().forEach(st -> earlier.put(st.id(), st)));
        List<Change> changes = new ArrayList<>();
        now.sections().forEach(s -> s.standards().forEach(st -> {
            StandardResult then = earlier.get(st.id());
            if (then != null) {
                int step = Integer.compare(st.rating().getRank(), then.rating().getRank());
                String direction = !st.rating().isRated() || !then.rating().isRated() ? "not comparable"
                        : step > 0 ? "better" : step < 0 ? "worse" : "the same";
                changes.add(new Change(st.id(), st.title(), RatingTag.of(then.rating(), now.questionnaire().scale()), RatingTag.of(st.rating(), now.questionnaire().scale()),
                        direction));
            }
        }));
        return new Since("Since " + (before.cycle() == null ? "the previous assessment" : before.cycle())
                + " (" + Dates.day(before.evaluatedAt()) + ")", changes);
    }

    /** The page of {@code result}. */
    public static ResultPage of(AssessmentResult result, String heading, boolean provisional, String pdf) {
        RatingScale scale = result.questionnaire().scale();
        List<SectionRow> sections = new ArrayList<>();
        for (SectionResult section : result.sections()) {
            List<StandardRow> standards = new ArrayList<>();
            for (StandardResult standard : section.standards()) {
                List<CriterionRow> criteria = standard.criteria().stream().map(c -> criterion(c, scale)).toList();
                String agreement = standard.agreement() == null ? null
                        : "Agreement between respondents: " + Math.round(standard.agreement().index() * 100) + "%"
                        + (standard.agreement().low() ? " (low: respondents disagree)" : "");
                standards.add(new StandardRow(standard.id(), standard.title(), RatingTag.of(standard.rating(), scale),
                        agreement, standard.agreement() != null && standard.agreement().low(), criteria));
            }
            sections.add(new SectionRow(section.id(), section.title(), RatingTag.of(section.rating(), scale), standards));
        }
        List<ActionRow> actions = result.actions().stream()
                .sorted(Comparator.comparing(ActionResult::priority))
                .map(a -> new ActionRow(a.id(), a.priority().code(), a.target(), a.text(), "", "", "", null, null))
                .toList();
        List<OutcomeLine> outcomes = result.outcomes().stream().map(o -> OutcomeLine.of(result, o)).toList();
        return new ResultPage(heading, provisional, pdf, RatingTag.of(result.overall().rating(), scale), outcomes, sections,
                actions, result.respondents().size(), null, ProfileChart.of(result), null);
    }

    private static CriterionRow criterion(CriterionResult c, RatingScale scale) {
        List<String> rules = c.reasons().stream().map(Reason::rule).distinct().toList();
        return new CriterionRow(c.id(), c.title(), RatingTag.of(c.rating(), scale), c.critical(), why(c, scale),
                c.agreement() != null && c.agreement().low(), rules);
    }

    /** "3 of 5 respondents rate it met, 2 partly met", or the consolidation's own detail for one respondent. */
    static String why(CriterionResult c, RatingScale scale) {
        List<RespondentRatingView> rated = c.respondents().stream().filter(r -> r.rating().isRated()).toList();
        if (rated.size() < 2) {
            return c.reasons().isEmpty() ? "" : c.reasons().get(c.reasons().size() - 1).detail();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        rated.stream().sorted(Comparator.comparing((RespondentRatingView r) -> r.rating().getRank()).reversed())
                .forEach(r -> counts.merge(RatingTag.of(r.rating(), scale).words().toLowerCase(java.util.Locale.UK), 1,
                        Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((words, n) -> parts.add(n + " " + words));
        return parts.get(0).replaceFirst("^(\\d+) ", "$1 of " + rated.size() + " respondents rate it ")
                + (parts.size() > 1 ? ", " + String.join(", ", parts.subList(1, parts.size())) : "");
    }
}
