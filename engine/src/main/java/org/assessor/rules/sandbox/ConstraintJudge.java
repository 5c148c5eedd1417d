package org.assessor.rules.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assessor.rules.sandbox.ExpressionJudge.Place;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Judges one constraint of a pattern ({@code criterionId == $cid}, {@code $r : rating},
 * {@code value in ("a", "b")}) on the tree Drools' own constraint parser builds of it (the one
 * the compiler uses), with each operand judged by {@link ExpressionJudge}. Returns the constraint
 * printed again from that tree, which is what the compiler gets, and binds its variables.
 * Thread-safe.
 */
final class ConstraintJudge {
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=", "contains", "memberOf");

    private final ExpressionJudge expressions;

    ConstraintJudge(ExpressionJudge expressions) {
        this.expressions = expressions;
    }

    /** A constraint that passed: its canonical text and the variables it uses. */
    record Judged(String canonical, Set<String> variables) {
    }

    /**
     * Judges {@code text} in {@code scope} (inside a pattern); binds what it binds there; adds what
     * is wrong to {@code problems} and returns empty then.
     */
    Optional<Judged> judge(String text, Scope scope, List<String> problems) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr tree;
        try {
            tree = parser.parse(text);
        } catch (StackOverflowError e) {
            problems.add("the constraint '" + Canonical.excerpt(text) + "' nests too deeply");
            return Optional.empty();
        }
        if (parser.hasErrors() || tree == null) {
            problems.add("the constraint '" + Canonical.excerpt(text) + "' cannot be read: "
                    + (parser.getErrors().isEmpty() ? "" : parser.getErrors().get(0).getMessage()));
            return Optional.empty();
        }
        int before = problems.size();
        Set<String> variables = new LinkedHashSet<>();
        String canonical = print(tree, true, scope, variables, problems);
        return problems.size() > before ? Optional.empty() : Optional.of(new Judged(canonical, variables));
    }

    private String print(BaseDescr descr, boolean top, Scope scope, Set<String> variables, List<String> problems) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            List<String> parts = new ArrayList<>();
            for (BaseDescr part : connective.getDescrs()) {
                parts.add(print(part, false, scope, variables, problems));
            }
            String joined = String.join(" " + connective.getConnective().toString() + " ", parts);
            return top || parts.size() == 1 ? joined : "(" + joined + ")";
        }
        if (descr instanceof BindingDescr binding) {
            return binding(binding, scope, variables, problems);
        }
        if (descr instanceof RelationalExprDescr relation) {
            String operator = relation.getOperator();
            if (!OPERATORS.contains(operator) || relation.getOperatorDescr().getParameters() != null
                    && !relation.getOperatorDescr().getParameters().isEmpty()) {
                problems.add("the operator '" + operator + "' is not part of the rule language; use ==, !=, <, "
                        + "<=, >, >=, in, not in, contains or memberOf" + ("matches".equals(operator)
                        ? " (a regular expression can take exponential time on a crafted answer)" : ""));
                return "";
            }
            return print(relation.getLeft(), false, scope, variables, problems)
                    + (relation.isNegated() ? " not " : " ") + operator + " "
                    + print(relation.getRight(), false, scope, variables, problems);
        }
        if (descr instanceof AtomicExprDescr atom) {
            return expressions.judge(atom.getExpression(), scope, Place.CONSTRAINT, problems).map(j -> {
                variables.addAll(j.variables());
                return j.canonical();
            }).orElse("");
        }
        problems.add("'" + Canonical.excerpt(descr.getText() == null ? descr.toString() : descr.getText())
                + "' is not a constraint of the rule language");
        return "";
    }

    private String binding(BindingDescr binding, Scope scope, Set<String> variables, List<String> problems) {
        String variable = binding.getVariable();
        if (binding.isUnification() || !variable.matches("\\$[A-Za-z][A-Za-z0-9_]*")) {
            problems.add("bind a variable as $name : field (names start with $; ':=' is not part of the rule "
                    + "language), not '" + variable + "'");
            return "";
        }
        if (scope.isBound(variable)) {
            problems.add("the variable " + variable + " is already bound in this rule: give it another name");
            return "";
        }
        Optional<ExpressionJudge.Judged> value = expressions.judge(binding.getExpression(), scope,
                Place.CONSTRAINT, problems);
        value.ifPresent(v -> {
            variables.addAll(v.variables());
            scope.bind(variable, v.typed().type());
        });
        return value.map(v -> variable + " : " + v.canonical()).orElse("");
    }
}
