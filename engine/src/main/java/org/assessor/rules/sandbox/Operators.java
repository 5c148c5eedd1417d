package org.assessor.rules.sandbox;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.List;
import java.util.Set;

/**
 * The operators of the rule language and the type of what they give. Arithmetic other than
 * {@code +} takes numbers only (MVEL would repeat or split text with some of them). A
 * concatenation may add literal text to at most one text that is not a literal: joining two
 * values could double the text with every layer of rules.
 */
final class Operators {
    private static final Set<BinaryExpr.Operator> LOGICAL = Set.of(BinaryExpr.Operator.AND, BinaryExpr.Operator.OR);
    private static final Set<BinaryExpr.Operator> COMPARISON = Set.of(BinaryExpr.Operator.EQUALS,
            BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS, BinaryExpr.Operator.LESS_EQUALS,
            BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS);
    private static final Set<BinaryExpr.Operator> ARITHMETIC = Set.of(BinaryExpr.Operator.PLUS,
            BinaryExpr.Operator.MINUS, BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE,
            BinaryExpr.Operator.REMAINDER);
    private static final Set<UnaryExpr.Operator> UNARY = Set.of(UnaryExpr.Operator.MINUS, UnaryExpr.Operator.PLUS,
            UnaryExpr.Operator.LOGICAL_COMPLEMENT);

    private Operators() {
    }

    static Typed binary(BinaryExpr binary, Typed left, Typed right, List<String> problems) {
        if (left == Typed.REFUSED || right == Typed.REFUSED) {
            return Typed.REFUSED;
        }
        BinaryExpr.Operator operator = binary.getOperator();
        if (LOGICAL.contains(operator) || COMPARISON.contains(operator)) {
            return Typed.BOOLEAN;
        }
        if (!ARITHMETIC.contains(operator)) {
            problems.add("the operator '" + operator.asString() + "' is not part of the rule language; use "
                    + "&&, ||, !, ==, !=, <, <=, >, >=, +, -, *, / or %");
            return Typed.REFUSED;
        }
        boolean text = operator == BinaryExpr.Operator.PLUS && (left.type() == String.class
                || right.type() == String.class || !left.numeric() && !right.numeric());
        if (!text) {
            if (!left.numeric() || !right.numeric()) {
                problems.add("'" + Canonical.excerpt(Canonical.print(binary)) + "': " + operator.asString()
                        + " needs two numbers (only + joins text)");
                return Typed.REFUSED;
            }
            return Typed.NUMBER;
        }
        int texts = left.textsJoined() + right.textsJoined();
        if (texts > 1 && left.textsJoined() <= 1 && right.textsJoined() <= 1) {
            problems.add("'" + Canonical.excerpt(Canonical.print(binary)) + "' joins two texts that are not "
                    + "literals: a rule may add literal text to one value (\"\" + $count + \" found\"), not join "
                    + "values, whose text could double with every layer");
        }
        return texts == 0 ? Typed.literal(String.class) : new Typed(String.class, false, texts);
    }

    static Typed unary(UnaryExpr unary, Typed operand, List<String> problems) {
        if (operand == Typed.REFUSED) {
            return Typed.REFUSED;
        }
        if (!UNARY.contains(unary.getOperator())) {
            problems.add("the operator '" + unary.getOperator().asString() + "' is not part of the rule language: "
                    + "rules never change a value");
            return Typed.REFUSED;
        }
        if (unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT && !operand.numeric()) {
            problems.add("'" + Canonical.excerpt(Canonical.print(unary)) + "': a sign needs a number");
            return Typed.REFUSED;
        }
        return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? Typed.BOOLEAN : operand;
    }
}
