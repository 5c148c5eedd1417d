package org.assessor.rules.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assessor.rules.sandbox.ExpressionJudge.Place;
import org.drools.drl.ast.descr.AccumulateDescr.AccumulateFunctionCallDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/**
 * Judges the conditions of one rule, on the tree of Drools' DRL parser: patterns of the fact
 * types with their constraints, {@code not}, {@code exists}, {@code forall}, {@code and},
 * {@code or}, {@code eval}, and {@code from} an expression, {@code collect} or an
 * {@code accumulate} of the built-in functions. Rewrites every constraint and expression in the
 * tree to its canonical text. Also refuses joins that would hold too many combinations at once:
 * at most {@link #MAX_UNJOINED} matched patterns may share no variable with an earlier one, and
 * not two of those may be {@link Vocabulary#isPerAnswer per-answer} types; a pattern of a type the
 * engine gives once ({@link Vocabulary#isGiven}) multiplies nothing and is not counted. Not
 * thread-safe; one per rule.
 */
final class PatternJudge {
    /** The most patterns one rule may have. */
    static final int MAX_PATTERNS = 12;
    /** The most matched patterns of a rule that share no variable with an earlier one. */
    static final int MAX_UNJOINED = 2;
    private static final Set<String> FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList",
            "collectSet");

    private final Vocabulary vocabulary;
    private final ExpressionJudge expressions;
    private final ConstraintJudge constraints;
    private final Problems problems;
    private final Set<Class<?>> matched = new LinkedHashSet<>();
    private final List<Class<?>> unjoined = new ArrayList<>();
    private int patterns;

    PatternJudge(Vocabulary vocabulary, ExpressionJudge expressions, Problems problems) {
        this.vocabulary = vocabulary;
        this.expressions = expressions;
        this.constraints = new ConstraintJudge(expressions);
        this.problems = problems;
    }

    /** The fact types the rule's patterns match, once {@link #judge} has run. */
    Set<Class<?>> matched() {
        return matched;
    }

    /** Judges the rule's conditions {@code lhs} (starting at {@code line}), binding into {@code scope}. */
    void judge(AndDescr lhs, int line, Scope scope) {
        walk(lhs, scope, true);
        if (patterns > MAX_PATTERNS) {
            problems.at(line, "the rule has " + patterns + " patterns; at most " + MAX_PATTERNS + ": split it");
        }
        if (unjoined.size() > MAX_UNJOINED || unjoined.stream().filter(Vocabulary::isPerAnswer).count() > 1) {
            problems.at(line, "the rule joins " + names(unjoined) + " without a shared variable, which holds every "
                    + "combination of them at once; at most " + MAX_UNJOINED + " patterns may stand unjoined, not "
                    + "two with one fact per answer: constrain each on a variable bound before it (criterionId == "
                    + "$cid)");
        }
    }

    private void walk(BaseDescr descr, Scope scope, boolean counted) {
        if (descr instanceof AndDescr and) {
            and.getDescrs().forEach(d -> walk(d, scope, counted));
        } else if (descr instanceof OrDescr or) {
            or.getDescrs().forEach(d -> walk(d, scope, counted));
        } else if (descr instanceof NotDescr || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            Scope inside = scope.copy();
            ((ConditionalElementDescr) descr).getDescrs()
                    .forEach(d -> walk((BaseDescr) d, inside, false));
        } else if (descr instanceof EvalDescr eval) {
            String text = String.valueOf(eval.getContent());
            judged(text, scope, eval.getLine()).ifPresent(j -> eval.setContent(j.canonical()));
        } else if (descr instanceof PatternDescr pattern) {
            pattern(pattern, scope, counted);
        } else {
            problems.at(descr.getLine(), Canonical.excerpt(descr.getClass().getSimpleName().replace("Descr", ""))
                    + " is not part of the rule language");
        }
    }

    private void pattern(PatternDescr pattern, Scope scope, boolean counted) {
        patterns++;
        int line = pattern.getLine();
        Optional<Class<?>> type = vocabulary.type(pattern.getObjectType());
        PatternSourceDescr source = pattern.getSource();
        if (type.isEmpty() || type.get() == Math.class) {
            problems.at(line, "'" + pattern.getObjectType() + "' is not a type rule files may match; "
                    + Canonical.TYPES);
            return;
        }
        if (pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()
                || !pattern.getAnnotations().isEmpty()) {
            problems.at(line, "queries, windows, annotations and ':=' on patterns are not part of the rule language");
        }
        if (source == null && !Vocabulary.isFact(type.get())) {
            problems.at(line, "only fact types are matched directly; " + type.get().getSimpleName() + " comes from "
                    + "collect, accumulate or from");
        }
        Set<String> before = new LinkedHashSet<>(scope.variables());
        Set<String> used = new LinkedHashSet<>();
        if (source != null) {
            source(source, line, scope, counted, used);
        }
        Scope inside = scope.inPattern(type.get());
        for (BaseDescr constraint : pattern.getDescrs()) {
            constraint(constraint, inside, used);
        }
        String identifier = pattern.getIdentifier();
        if (identifier != null) {
            if (!identifier.matches("\\$[A-Za-z][A-Za-z0-9_]*") || scope.isBound(identifier)) {
                problems.at(line, "bind a pattern as $name : Type( ... ), with a name not bound before in the rule, "
                        + "not '" + identifier + "'");
            }
            scope.bind(identifier, type.get());
        }
        if (Vocabulary.isFact(type.get())) {
            matched.add(type.get());
        }
        if (counted && source == null && used.stream().noneMatch(before::contains) && !Vocabulary.isGiven(type.get())) {
            unjoined.add(type.get());
        }
    }

    private void constraint(BaseDescr descr, Scope inside, Set<String> used) {
        if (!(descr instanceof ExprConstraintDescr expression)
                || expression.getType() != ExprConstraintDescr.Type.NAMED) {
            problems.at(descr.getLine(), "constraints name their field (field == value); positional constraints "
                    + "are not part of the rule language");
            return;
        }
        List<String> found = new ArrayList<>();
        constraints.judge(expression.getExpression(), inside, found).ifPresent(j -> {
            used.addAll(j.variables());
            expression.setExpression(j.canonical());
            expression.setText(j.canonical());
        });
        problems.at(descr.getLine(), found);
    }

    private void source(PatternSourceDescr source, int line, Scope scope, boolean counted, Set<String> used) {
        if (source.getClass() == FromDescr.class) {
            FromDescr from = (FromDescr) source;
            judged(from.getDataSource() instanceof MVELExprDescr mvel ? mvel.getExpression()
                    : String.valueOf(from.getDataSource()), scope, line).ifPresent(j -> {
                used.addAll(j.variables());
                from.setDataSource(new MVELExprDescr(j.canonical()));
            });
        } else if (source instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), scope.copy(), counted);
        } else if (source instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, line, scope, counted);
        } else {
            problems.at(line, "patterns come from an expression, collect or accumulate only; entry "
                    + "points and windows are not part of the rule language");
        }
    }

    private void accumulate(AccumulateDescr accumulate, int line, Scope scope, boolean counted) {
        if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getResultCode() != null || accumulate.getReverseCode() != null) {
            problems.at(line, "accumulate takes the built-in functions only (" + String.join(", ",
                    FUNCTIONS.stream().sorted().toList()) + "); init, action and result code are not part of the "
                    + "rule language");
            return;
        }
        Scope inside = scope.copy();
        walk(accumulate.getInput(), inside, counted);
        for (AccumulateFunctionCallDescr function : List.copyOf(accumulate.getFunctions())) {
            String bind = function.getBind();
            if (!FUNCTIONS.contains(function.getFunction()) || function.isUnification()
                    || bind != null && !bind.matches("\\$[A-Za-z][A-Za-z0-9_]*")) {
                problems.at(line, "'" + function.getFunction() + "' is not an accumulate function of the rule "
                        + "language; use " + String.join(", ", FUNCTIONS.stream().sorted().toList()));
                continue;
            }
            List<String> params = new ArrayList<>();
            for (String param : function.getParams()) {
                judged(param, inside, line).ifPresent(j -> params.add(j.canonical()));
            }
            accumulate.removeFunction(function);
            accumulate.addFunction(new AccumulateFunctionCallDescr(function.getFunction(), bind, false,
                    params.toArray(String[]::new)));
            if (bind != null) {
                scope.bind(bind, function.getFunction().startsWith("collect") ? Collection.class
                        : Number.class);
            }
        }
    }

    private Optional<ExpressionJudge.Judged> judged(String text, Scope scope, int line) {
        List<String> found = new ArrayList<>();
        Optional<ExpressionJudge.Judged> judged = expressions.judge(text, scope, Place.CONDITION, found);
        problems.at(line, found);
        return judged;
    }

    private static String names(List<Class<?>> types) {
        return String.join(", ", types.stream().map(Class::getSimpleName).toList());
    }
}
