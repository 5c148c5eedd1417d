package org.assessor.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.api.ResultView.QuestionnaireView;
import org.assessor.api.ResultView.ReadinessView;
import org.assessor.api.ResultView.RuleSetView;
import org.assessor.api.ResultView.SiteView;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.MatrixRow;
import org.assessor.comparison.Pooled;
import org.assessor.comparison.PooledItem;
import org.assessor.comparison.ReadinessSummary;
import org.assessor.comparison.SelfPeerGap;
import org.assessor.comparison.StandardChange;
import org.assessor.result.RuleSetRef;

/**
 * The JSON of a commissioner's comparison ({@code GET /api/comparisons}). Field names are the
 * contract of {@code PRODUCT.md}: {@code questionnaire}, {@code ruleSet {id, version}},
 * {@code matrix[] {site, assessment, ratings, lowAgreement}}, {@code standards[] {id, title,
 * standardLevel, criterionLevel}}, {@code sections[]} likewise and {@code overall {standardLevel,
 * criterionLevel}}, each level {@code {counts, percent, rated}}. {@code percent} holds met,
 * partly-met and not-met, 0–100 to one decimal (rounded half up from the counts), and is empty
 * when nothing was rated; {@code rated} is its denominator. {@code readiness} is absent for
 * questionnaires without readiness verdicts; {@code ruleSet} is absent when nothing matched.
 */
public record ComparisonView(QuestionnaireView questionnaire, RuleSetView ruleSet, List<RowView> matrix,
                             List<ItemView> standards, List<ItemView> sections, LevelsView overall,
                             ReadinessSummaryView readiness, List<ChangeView> changes,
                             List<GapView> selfVsPeer) {

    /**
     * One assessment's row: the rating of each standard by standard id, and the standards on
     * which its respondents agree less than the rule set's threshold ({@code lowAgreement}, in
     * questionnaire order; empty when they agree on all; absent where agreement is not measured:
     * peer reviews, a single respondent, assessments stored before it was measured).
     */
    public record RowView(SiteView site, String assessment, Instant evaluatedAt, String cycle, String mode,
                          Map<String, String> ratings, List<String> lowAgreement, ReadinessView readiness) {
    }

    /** A standard or section with its ratings pooled at both levels. */
    public record ItemView(String id, String title, LevelView standardLevel, LevelView criterionLevel) {
    }

    /** Every standard and every criterion rating, pooled. */
    public record LevelsView(LevelView standardLevel, LevelView criterionLevel) {
    }

    /** Pooled counts of every rating, the rated denominator and the percentages of the rated values. */
    public record LevelView(Map<String, Integer> counts, Map<String, BigDecimal> percent, int rated) {
        static LevelView of(Pooled p) {
            Map<String, BigDecimal> percent = new LinkedHashMap<>();
            p.levels().forEach(r -> p.percent(r).ifPresent(x -> percent.put(r.code(), x)));
            return new LevelView(RatingCounts.of(p.counts()), percent, p.rated());
        }
    }

    /** Each site's latest readiness verdict and placement, and how many sites have each. */
    public record ReadinessSummaryView(List<SiteReadinessView> sites, Map<String, Integer> placements,
                                       Map<String, Integer> verdicts) {
    }

    /** One site's readiness verdict and placement, and the assessment it comes from. */
    public record SiteReadinessView(SiteView site, String assessment, String cycle, String verdict,
                                    String placement) {
    }

    /** A standard's change from one cycle to the next; {@code steps} is absent when either is unrated. */
    public record ChangeView(SiteView site, String mode, String standard, String fromAssessment, String fromCycle,
                             String from, String toAssessment, String toCycle, String to, Integer steps) {
    }

    /** A standard's self-assessed against its peer-reviewed rating; {@code steps} is self minus peer. */
    public record GapView(SiteView site, String cycle, String standard, String selfAssessment, String self,
                          String peerAssessment, String peer, Integer steps) {
    }

    /** The view of {@code c}. */
    public static ComparisonView of(Comparison c) {
        RuleSetRef rs = c.ruleSet();
        return new ComparisonView(
                new QuestionnaireView(c.questionnaire().id(), c.questionnaire().version(), c.questionnaire().title()),
                rs == null ? null : new RuleSetView(rs.questionnaireId(), rs.version(), rs.hash()),
                c.matrix().stream().map(ComparisonView::row).toList(),
                c.standards().stream().map(ComparisonView::item).toList(),
                c.sections().stream().map(ComparisonView::item).toList(),
                new LevelsView(LevelView.of(c.overall().standardLevel()), LevelView.of(c.overall().criterionLevel())),
                readiness(c.readiness()),
                c.changes().stream().map(ComparisonView::change).toList(),
                c.selfVsPeer().stream().map(ComparisonView::gap).toList());
    }

    private static RowView row(MatrixRow r) {
        Map<String, String> ratings = new LinkedHashMap<>();
        r.ratings().forEach((id, rating) -> ratings.put(id, rating.code()));
        return new RowView(new SiteView(r.site().id(), r.site().name()), r.assessment(), r.evaluatedAt(), r.cycle(),
                r.mode().code(), ratings, r.agreement().isEmpty() ? null : r.lowAgreement(),
                r.readiness() == null ? null : new ReadinessView(
                        r.readiness().verdict().code(), r.readiness().placement().code(), r.readiness().rule()));
    }

    private static ItemView item(PooledItem i) {
        return new ItemView(i.id(), i.title(), LevelView.of(i.standardLevel()), LevelView.of(i.criterionLevel()));
    }

    private static ReadinessSummaryView readiness(ReadinessSummary r) {
        if (r.isEmpty()) {
            return null;
        }
        Map<String, Integer> placements = new LinkedHashMap<>();
        r.placements().forEach((p, n) -> placements.put(p.code(), n));
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        r.verdicts().forEach((v, n) -> verdicts.put(v.code(), n));
        return new ReadinessSummaryView(r.sites().stream().map(s -> new SiteReadinessView(
                new SiteView(s.site().id(), s.site().name()), s.assessment(), s.cycle(), s.verdict().code(),
                s.placement().code())).toList(), placements, verdicts);
    }

    private static ChangeView change(StandardChange c) {
        return new ChangeView(new SiteView(c.site().id(), c.site().name()), c.mode().code(), c.standardId(),
                c.fromAssessment(), c.fromCycle(), c.from().code(), c.toAssessment(), c.toCycle(), c.to().code(),
                c.steps().isPresent() ? c.steps().getAsInt() : null);
    }

    private static GapView gap(SelfPeerGap g) {
        return new GapView(new SiteView(g.site().id(), g.site().name()), g.cycle(), g.standardId(),
                g.selfAssessment(), g.self().code(), g.peerAssessment(), g.peer().code(),
                g.steps().isPresent() ? g.steps().getAsInt() : null);
    }
}
