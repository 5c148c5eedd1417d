package org.assessor.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What one rule of a rule set's own files can change, read from the tree Drools' DRL parser
 * builds: the rating of one answer, the recommended actions, what comes after criterion ratings,
 * or something this cannot tell. The shapes are those of the layers (classify answers, rate
 * criteria, roll up, recommend); {@link ChangedCriteria} uses them to work out which criteria a
 * changed rule can rate differently.
 *
 * @param kind      the shape
 * @param questions for a {@link Kind#CLASSIFIES} rule, the questions whose answers it can classify;
 *                  empty if it names none (it may classify any answer)
 */
record RuleShape(Kind kind, Set<String> questions) {
    /** The shapes a rule can have. */
    enum Kind {
        /** Matches one answer (and context facts) and inserts only {@code AnswerLevel}s for it. */
        CLASSIFIES,
        /** Inserts only {@code RecommendedAction}s, which no rating reads. */
        RECOMMENDS,
        /** Neither reads nor inserts anything a criterion's rating is made from, nor a criterion rating. */
        AFTER_CRITERIA,
        /** Anything else: it may change any rating. */
        UNKNOWN
    }

    /** The answer facts, one per answer. */
    private static final Set<String> ANSWERS = Set.of("AnswerFact", "NotApplicableAnswer");
    /** Facts that do not depend on the answers and are the same for every criterion. */
    private static final Set<String> CONTEXT = Set.of("PolicyValues", "RatingScale", "SubmissionFact", "RespondentFact");
    /** What a criterion's rating is made from. */
    private static final Set<String> BEFORE_CRITERIA = Set.of("AnswerFact", "NotApplicableAnswer", "AnswerLevel",
            "CriterionEvidence", "RespondentRating", "CriterionVotes", "GroupVotes");
    private static final String CRITERION_RATING = "CriterionRating";
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern INSERT_CALL = Pattern.compile("\\binsert(?:Logical)?\\s*\\(");
    private static final Pattern INSERTED = Pattern.compile("\\s*(?:new\\s+)?([A-Za-z_][\\w.]*)");
    private static final Pattern REACHES_THE_SESSION =
            Pattern.compile("\\b(?:modify|update|delete|retract|drools|kcontext|insert\\w+)\\b");
    private static final Pattern QUESTION = Pattern.compile("^\\s*questionId\\s*==\\s*\"([^\"]+)\"\\s*$");

    private static final RuleShape UNKNOWN_SHAPE = new RuleShape(Kind.UNKNOWN, Set.of());

    RuleShape {
        questions = Set.copyOf(questions);
    }

    /** The shape of {@code rule}. */
    static RuleShape of(RuleDescr rule) {
        if (rule instanceof QueryDescr || !rule.getAttributes().isEmpty() || rule.getParentName() != null
                || !rule.getNamedConsequences().isEmpty() || !(rule.getConsequence() instanceof String text)) {
            return UNKNOWN_SHAPE;
        }
        String consequence = STRING.matcher(text).replaceAll("\"\"");
        if (REACHES_THE_SESSION.matcher(INSERT_CALL.matcher(consequence).replaceAll("(")).find()) {
            return UNKNOWN_SHAPE;
        }
        Optional<Set<String>> inserted = inserted(consequence);
        Set<String> read = new HashSet<>();
        if (inserted.isEmpty() || !reads(rule.getLhs(), read)) {
            return UNKNOWN_SHAPE;
        }
        if (inserted.get().equals(Set.of("RecommendedAction"))) {
            return new RuleShape(Kind.RECOMMENDS, Set.of());
        }
        if (inserted.get().equals(Set.of("AnswerLevel"))) {
            return classifies(rule);
        }
        boolean before = read.stream().anyMatch(BEFORE_CRITERIA::contains) || inserted.get().contains(CRITERION_RATING)
                || inserted.get().stream().anyMatch(BEFORE_CRITERIA::contains);
        return before ? UNKNOWN_SHAPE : new RuleShape(Kind.AFTER_CRITERIA, Set.of());
    }

    /**
     * A rule that inserts only answer levels is a classification if its conditions are one
     * answer pattern beside context patterns, with no nesting, so that what it concludes of an
     * answer depends on that answer alone.
     */
    private static RuleShape classifies(RuleDescr rule) {
        List<? extends BaseDescr> conditions = rule.getLhs().getDescrs();
        PatternDescr answer = null;
        for (BaseDescr condition : conditions) {
            if (!(condition instanceof PatternDescr pattern) || pattern.getSource() != null) {
                return UNKNOWN_SHAPE;
            }
            String type = simpleName(pattern.getObjectType());
            if (ANSWERS.contains(type) && answer == null) {
                answer = pattern;
            } else if (!CONTEXT.contains(type)) {
                return UNKNOWN_SHAPE;
            }
        }
        if (answer == null) {
            return UNKNOWN_SHAPE;
        }
        Set<String> questions = new HashSet<>();
        for (BaseDescr constraint : answer.getDescrs()) {
            for (String part : constraint instanceof ExprConstraintDescr e ? e.getExpression().split(",") : new String[0]) {
                Matcher m = QUESTION.matcher(part);
                if (m.matches()) {
                    questions.add(m.group(1));
                }
            }
        }
        return new RuleShape(Kind.CLASSIFIES, questions.size() == 1 ? questions : Set.of());
    }

    /** The simple names of the types {@code consequence} inserts, or empty if it inserts something it does not name. */
    private static Optional<Set<String>> inserted(String consequence) {
        Set<String> types = new HashSet<>();
        Matcher call = INSERT_CALL.matcher(consequence);
        while (call.find()) {
            Matcher m = INSERTED.matcher(consequence).region(call.end(), consequence.length());
            if (!m.lookingAt()) {
                return Optional.empty();
            }
            String type = m.group(1);
            int dot = type.indexOf('.');
            type = simpleName(dot > 0 && Character.isUpperCase(type.charAt(0)) ? type.substring(0, dot) : type);
            if (type.isEmpty() || !Character.isUpperCase(type.charAt(0))) {
                return Optional.empty();
            }
            types.add(type);
        }
        return Optional.of(types);
    }

    /** Adds the simple name of every fact type {@code descr} matches to {@code into}; false if it holds something unknown. */
    private static boolean reads(BaseDescr descr, Set<String> into) {
        if (descr instanceof PatternDescr pattern) {
            into.add(simpleName(pattern.getObjectType()));
            BaseDescr source = pattern.getSource();
            if (source == null || source instanceof FromDescr) {
                return true;
            }
            if (source instanceof CollectDescr collect) {
                return reads(collect.getInputPattern(), into);
            }
            if (source instanceof AccumulateDescr accumulate) {
                return reads(accumulate.getInput(), into);
            }
            return false;
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                if (!reads(child, into)) {
                    return false;
                }
            }
            return true;
        }
        return descr instanceof EvalDescr;
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}
