package org.assessor.bench.plain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.assessment.AnswerValue;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Respondent;
import org.assessor.assessment.Submission;
import org.assessor.core.Level;
import org.assessor.core.Priority;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.QuestionType;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.Section;
import org.assessor.questionnaire.Standard;
import org.assessor.result.Verdict;
import org.assessor.rules.PolicyTable;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.ThresholdTable;
import org.assessor.rules.fact.PolicyValues;

/**
 * A rule set's policy written out in plain Java, for the benchmarks only: the speed limit that
 * the Drools engine is measured against, and a second opinion on its results. It does what the
 * rule layers do, in the same order, over arrays indexed by criterion: classify each answer,
 * pool each respondent's evidence per criterion, rate it against the criterion's thresholds,
 * consolidate the respondents by majority, roll up to standards (with the critical-criterion
 * caps), sections and the whole assessment, and recommend actions. It gives no reasons.
 *
 * <p>The policy itself is not written here: the criterion thresholds and critical criteria come
 * from the rule set's threshold table, and the answer points, the least share answered, the
 * majority and the roll-up shares from its {@code policy.csv}, the very files the engine
 * compiles. An auditor's change to either needs no change here. Subclasses supply what the
 * other layers of a rule set say: the classification of number and choice questions, the
 * actions and the verdict. Thread-safe once constructed.
 */
public abstract class PlainEvaluator {
    private static final String DONT_KNOW = "dont-know";
    private static final String NOT_APPLICABLE = "not-applicable";
    private static final int MET = 0;
    private static final int PARTLY = 1;
    private static final int NOT = 2;
    private static final int NA = 3;

    private final String[] criterionIds;
    private final int[] ratedQuestions;
    private final int[] standardOfCriterion;
    private final String[] standardIds;
    private final int[] sectionOfStandard;
    private final String[] sectionIds;
    private final Map<String, Integer> criterionIndex = new HashMap<>();
    private final Map<String, Integer> standardIndex = new HashMap<>();
    private final Map<String, RatedQuestion> questions = new HashMap<>();
    private final RuleSetSource rules;
    /** Per criterion, the least share of points for each of {@link #bands}; null if the table has no row. */
    private double[][] from;
    /** The vote index (MET, PARTLY, NOT) of each rating of the threshold table, best first. */
    private int[] bands;
    private boolean[] critical;
    private final double[] points = new double[Level.values().length];
    private double coverageFrom;
    private double majority;
    private double standardMetFrom;
    private double standardNotMetFrom;
    private final List<ActionRule> actionRules = new ArrayList<>();

    /** How one rated question's answers are classified: the criterion it serves and its classifier. */
    private record RatedQuestion(int criterion, Classifier classifier) {
    }

    /** Classifies one answer (neither dont-know nor not-applicable); null when no rule classifies it. */
    @FunctionalInterface
    protected interface Classifier {
        Level classify(AnswerValue value);
    }

    /** A condition on the criterion and standard ratings, for recommending an action. */
    @FunctionalInterface
    protected interface Condition {
        boolean holds(Rating[] criteria, Rating[] standards);

        default Condition and(Condition other) {
            return (c, s) -> holds(c, s) && other.holds(c, s);
        }

        default Condition or(Condition other) {
            return (c, s) -> holds(c, s) || other.holds(c, s);
        }
    }

    /** A recommended action: its id, the standard or criterion it targets, and its priority. */
    public record Action(String id, String target, Priority priority, int targetOrder) {
    }

    private record ActionRule(Action action, Condition when) {
    }

    /**
     * The ratings of one evaluation, indexed like the questionnaire's criteria, standards and
     * sections, with the actions in result order.
     */
    public record Ratings(Rating[] criteria, Rating[] standards, Rating[] sections, Rating overall,
                          List<Action> actions, Verdict verdict) {
    }

    /** The plain evaluator of {@code questionnaire} under the policy tables of {@code rules}. */
    protected PlainEvaluator(Questionnaire questionnaire, RuleSetSource rules) {
        this.rules = rules;
        List<String> criteria = new ArrayList<>();
        List<Integer> rated = new ArrayList<>();
        List<Integer> standardOf = new ArrayList<>();
        List<String> standards = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            sections.add(section.id());
            for (Standard standard : section.standards()) {
                standardIndex.put(standard.id(), standards.size());
                standards.add(standard.id());
                sectionOf.add(sections.size() - 1);
                for (Criterion criterion : standard.criteria()) {
                    int c = criteria.size();
                    criterionIndex.put(criterion.id(), c);
                    criteria.add(criterion.id());
                    rated.add(criterion.ratedQuestionCount());
                    standardOf.add(standards.size() - 1);
                    for (Question question : criterion.questions()) {
                        Classifier classifier = classifierOf(question);
                        if (question.type().isRated()) {
                            questions.put(question.id(), new RatedQuestion(c, classifier));
                        }
                    }
                }
            }
        }
        criterionIds = criteria.toArray(String[]::new);
        ratedQuestions = rated.stream().mapToInt(Integer::intValue).toArray();
        standardOfCriterion = standardOf.stream().mapToInt(Integer::intValue).toArray();
        standardIds = standards.toArray(String[]::new);
        sectionOfStandard = sectionOf.stream().mapToInt(Integer::intValue).toArray();
        sectionIds = sections.toArray(String[]::new);
    }

    /** Reads the rule set's tables and the subclass's actions; call at the end of its constructor. */
    protected final void ready() {
        List<RuleProblem> problems = new ArrayList<>();
        PolicyValues policy = PolicyTable.read(rules, problems).orElseThrow(
                () -> new IllegalArgumentException(rules + " has no " + PolicyTable.FILE));
        String file = rules.ruleFiles().stream().filter(RuleSetSource::isThresholdTable).findFirst().orElseThrow(
                () -> new IllegalArgumentException(rules + " has no threshold table"));
        ThresholdTable table = ThresholdTable.read(file, rules.text(file), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(rules + ": " + problems);
        }
        for (Level level : List.of(Level.POSITIVE, Level.PARTIAL, Level.NEGATIVE)) {
            points[level.ordinal()] = policy.points(level);
        }
        coverageFrom = policy.get(PolicyTable.ANSWERED_AT_LEAST);
        majority = policy.get("majority above");
        standardMetFrom = policy.get("standard met from");
        standardNotMetFrom = policy.get("standard not-met from");
        bands = table.ratings().stream().mapToInt(PlainEvaluator::voteIndex).toArray();
        from = new double[criterionIds.length][];
        critical = new boolean[criterionIds.length];
        for (int c = 0; c < criterionIds.length; c++) {
            table.row(criterionIds[c]).ifPresent(row -> {
                int i = criterionIndex.get(row.criterionId());
                from[i] = row.from().stream().mapToDouble(java.math.BigDecimal::doubleValue).toArray();
                critical[i] = row.critical();
            });
        }
        recommend();
    }

    /** The vote index of the rating {@code code} of the threshold table: the met scale only. */
    private static int voteIndex(String code) {
        Rating rating = RatingScale.MET_SCALE.level(code);
        if (!rating.isRated()) {
            throw new IllegalArgumentException("a threshold table rates with rated levels, not " + code);
        }
        return new int[] {NOT, PARTLY, MET}[rating.getRank()];
    }

    /**
     * The index of {@code rating} in the counts of the met scale (its order of counts: not-met,
     * partly-met, met by rank, then not-applicable and not-rated).
     */
    private static int ordinal(Rating rating) {
        return rating.isRated() ? rating.getRank() : rating.equals(Rating.NOT_APPLICABLE) ? 3 : 4;
    }

    private Classifier classifierOf(Question question) {
        if (question.type() == QuestionType.YES_PARTLY_NO) {
            return v -> switch (v.text()) {
                case "yes" -> Level.POSITIVE;
                case "partly" -> Level.PARTIAL;
                case "no" -> Level.NEGATIVE;
                default -> null;
            };
        }
        if (question.type() == QuestionType.AGREEMENT) {
            return v -> {
                double n = v.number().doubleValue();
                return n >= 4 ? Level.POSITIVE : n == 3 ? Level.PARTIAL : n <= 2 ? Level.NEGATIVE : null;
            };
        }
        return special(question.id());
    }

    /** The classifier of number or choice question {@code questionId}; null if no rule classifies it. */
    protected abstract Classifier special(String questionId);

    /** Declares the actions with {@link #action}. */
    protected abstract void recommend();

    /** The readiness verdict from the standard ratings and the overall tally; null if the rule set gives none. */
    protected Verdict verdict(Rating[] standards, Tally overall) {
        return null;
    }

    /** Counts of ratings over a set of items. */
    protected record Tally(int met, int partlyMet, int notMet, int notApplicable, int notRated, int items) {
        int rated() {
            return met + partlyMet + notMet;
        }
    }

    // ---- classification helpers for subclasses

    /** Bands where more is better: positive from {@code positiveFrom}, partial from {@code partialFrom}. */
    protected static Classifier moreIsBetter(double partialFrom, double positiveFrom) {
        return v -> {
            double n = v.number().doubleValue();
            return n >= positiveFrom ? Level.POSITIVE : n >= partialFrom ? Level.PARTIAL : Level.NEGATIVE;
        };
    }

    /** Bands where fewer is better: positive under {@code partialFrom}, negative from {@code negativeFrom}. */
    protected static Classifier fewerIsBetter(double partialFrom, double negativeFrom) {
        return v -> {
            double n = v.number().doubleValue();
            return n < partialFrom ? Level.POSITIVE : n < negativeFrom ? Level.PARTIAL : Level.NEGATIVE;
        };
    }

    /** A choice question's options by level. */
    protected static Classifier options(Map<String, Level> levels) {
        Map<String, Level> copy = Map.copyOf(levels);
        return v -> copy.get(v.text());
    }

    // ---- action helpers for subclasses

    protected final Condition standard(String id, Rating... any) {
        int s = index(standardIndex, id);
        Set<Rating> set = Set.of(any);
        return (c, st) -> set.contains(st[s]);
    }

    protected final Condition criterion(String id, Rating... any) {
        int i = index(criterionIndex, id);
        Set<Rating> set = Set.of(any);
        return (c, st) -> set.contains(c[i]);
    }

    protected final void action(String id, String target, Priority priority, Condition when) {
        Integer s = standardIndex.get(target);
        int order = s != null ? s : standardIds.length + index(criterionIndex, target);
        actionRules.add(new ActionRule(new Action(id, target, priority, order), when));
    }

    protected final int standardIndex(String id) {
        return index(standardIndex, id);
    }

    private static int index(Map<String, Integer> index, String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown id " + id);
        }
        return i;
    }

    // ---- evaluation

    /** Rates {@code submission}, which must have been read and checked against this questionnaire. */
    public final Ratings rate(Submission submission) {
        Rating[] criteria = submission.mode() == Mode.PEER ? peer(submission) : consolidate(votes(submission));
        Rating[] standards = standards(criteria);
        Rating[] sections = new Rating[sectionIds.length];
        int[][] sectionCounts = new int[sectionIds.length][5];
        int[] overallCounts = new int[5];
        for (int s = 0; s < standards.length; s++) {
            sectionCounts[sectionOfStandard[s]][ordinal(standards[s])]++;
            overallCounts[ordinal(standards[s])]++;
        }
        for (int sec = 0; sec < sections.length; sec++) {
            sections[sec] = allOrNothing(tally(sectionCounts[sec]));
        }
        Tally overallTally = tally(overallCounts);
        Rating overall = allOrNothing(overallTally);
        List<Action> actions = new ArrayList<>();
        for (ActionRule rule : actionRules) {
            if (rule.when().holds(criteria, standards)) {
                actions.add(rule.action());
            }
        }
        actions.sort(Comparator.comparing(Action::priority).thenComparingInt(Action::targetOrder)
                .thenComparing(Action::id));
        return new Ratings(criteria, standards, sections, overall, actions, verdict(standards, overallTally));
    }

    /** Rates {@code submission} and names every rating by its id, for comparison with the engine. */
    public final PlainResult evaluate(Submission submission) {
        Ratings r = rate(submission);
        Map<String, Rating> criteria = new LinkedHashMap<>();
        for (int c = 0; c < criterionIds.length; c++) {
            criteria.put(criterionIds[c], r.criteria()[c]);
        }
        Map<String, Rating> standards = new LinkedHashMap<>();
        for (int s = 0; s < standardIds.length; s++) {
            standards.put(standardIds[s], r.standards()[s]);
        }
        Map<String, Rating> sections = new LinkedHashMap<>();
        for (int s = 0; s < sectionIds.length; s++) {
            sections.put(sectionIds[s], r.sections()[s]);
        }
        return new PlainResult(criteria, standards, sections, r.overall(),
                r.actions().stream().map(Action::id).toList(), r.verdict());
    }

    private Rating[] peer(Submission submission) {
        Rating[] criteria = new Rating[criterionIds.length];
        Arrays.fill(criteria, Rating.NOT_RATED);
        submission.ratings().forEach((id, rating) -> criteria[criterionIndex.get(id)] = rating);
        return criteria;
    }

    /**
     * Each respondent's rating of each criterion, counted: [criterion * 4 + MET/PARTLY/NOT/NA]. A
     * criterion without a row in the threshold table is rated by nobody, as no rule rates it.
     */
    private int[] votes(Submission submission) {
        int n = criterionIds.length;
        int[] votes = new int[n * 4];
        int[] answered = new int[n];
        int[] applicable = new int[n];
        double[] earned = new double[n];
        for (Respondent respondent : submission.respondents()) {
            Arrays.fill(answered, 0);
            Arrays.fill(applicable, 0);
            Arrays.fill(earned, 0);
            for (Map.Entry<String, AnswerValue> answer : respondent.answers().entrySet()) {
                RatedQuestion question = questions.get(answer.getKey());
                if (question == null) {
                    continue;
                }
                AnswerValue value = answer.getValue();
                if (!value.isNumber() && DONT_KNOW.equals(value.text())) {
                    continue;
                }
                int c = question.criterion();
                if (!value.isNumber() && NOT_APPLICABLE.equals(value.text())) {
                    answered[c]++;
                    continue;
                }
                Level level = question.classifier().classify(value);
                if (level != null) {
                    answered[c]++;
                    applicable[c]++;
                    earned[c] += points[level.ordinal()];
                }
            }
            for (int c = 0; c < n; c++) {
                if (answered[c] == 0) {
                    continue;
                }
                double coverage = Math.min(1.0, answered[c] / (double) Math.max(ratedQuestions[c], 1));
                if (coverage < coverageFrom || applicable[c] > 0 && from[c] == null) {
                    continue;
                }
                if (applicable[c] == 0) {
                    votes[c * 4 + NA]++;
                    continue;
                }
                double share = earned[c] / (applicable[c] * points[Level.POSITIVE.ordinal()]);
                for (int b = 0; b < bands.length; b++) {
                    if (share >= from[c][b]) {
                        votes[c * 4 + bands[b]]++;
                        break;
                    }
                }
            }
        }
        return votes;
    }

    /** Majority of the respondents who rated; partly-met without one; not-applicable only if all said so. */
    private Rating[] consolidate(int[] votes) {
        Rating[] criteria = new Rating[criterionIds.length];
        for (int c = 0; c < criteria.length; c++) {
            int met = votes[c * 4 + MET];
            int notMet = votes[c * 4 + NOT];
            int rated = met + votes[c * 4 + PARTLY] + notMet;
            if (rated > 0) {
                criteria[c] = met / (double) rated > majority ? Rating.MET
                        : notMet / (double) rated > majority ? Rating.NOT_MET : Rating.PARTLY_MET;
            } else {
                criteria[c] = votes[c * 4 + NA] > 0 ? Rating.NOT_APPLICABLE : Rating.NOT_RATED;
            }
        }
        return criteria;
    }

    /** The roll-up shares of the policy, then the lowest cap of the standard's critical criteria. */
    private Rating[] standards(Rating[] criteria) {
        int[][] counts = new int[standardIds.length][5];
        Rating[] cap = new Rating[standardIds.length];
        for (int c = 0; c < criteria.length; c++) {
            int s = standardOfCriterion[c];
            counts[s][ordinal(criteria[c])]++;
            if (critical[c]) {
                Rating ceiling = criteria[c].equals(Rating.NOT_MET) ? Rating.NOT_MET
                        : criteria[c].equals(Rating.PARTLY_MET) || criteria[c].equals(Rating.NOT_RATED)
                        ? Rating.PARTLY_MET : null;
                if (ceiling != null && (cap[s] == null || ceiling.getRank() < cap[s].getRank())) {
                    cap[s] = ceiling;
                }
            }
        }
        Rating[] standards = new Rating[standardIds.length];
        for (int s = 0; s < standards.length; s++) {
            Tally t = tally(counts[s]);
            int rated = t.rated();
            Rating provisional;
            if (t.notRated() > rated) {
                provisional = Rating.NOT_RATED;
            } else if (rated == 0) {
                provisional = t.notApplicable() > 0 ? Rating.NOT_APPLICABLE : Rating.NOT_RATED;
            } else if (t.notMet() == 0) {
                provisional = t.met() / (double) rated >= standardMetFrom ? Rating.MET : Rating.PARTLY_MET;
            } else if (t.met() > 0) {
                provisional = Rating.PARTLY_MET;
            } else {
                provisional = t.notMet() / (double) rated >= standardNotMetFrom ? Rating.NOT_MET : Rating.PARTLY_MET;
            }
            standards[s] = cap[s] != null && cap[s].getRank() < provisional.getRank() ? cap[s] : provisional;
        }
        return standards;
    }

    /** Sections and the whole: met if every rated standard is, not-met if every one is not, else partly. */
    private static Rating allOrNothing(Tally t) {
        int rated = t.rated();
        if (t.notRated() > rated) {
            return Rating.NOT_RATED;
        }
        if (rated == 0) {
            return t.notApplicable() > 0 ? Rating.NOT_APPLICABLE : Rating.NOT_RATED;
        }
        return t.met() == rated ? Rating.MET : t.notMet() == rated ? Rating.NOT_MET : Rating.PARTLY_MET;
    }

    private static Tally tally(int[] byOrdinal) {
        int items = 0;
        for (int count : byOrdinal) {
            items += count;
        }
        return new Tally(byOrdinal[ordinal(Rating.MET)], byOrdinal[ordinal(Rating.PARTLY_MET)],
                byOrdinal[ordinal(Rating.NOT_MET)], byOrdinal[ordinal(Rating.NOT_APPLICABLE)],
                byOrdinal[ordinal(Rating.NOT_RATED)], items);
    }
}
