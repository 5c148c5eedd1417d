package org.assessor.rules.sandbox;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one expression of a rule file (an operand of a constraint, an {@code eval}, a
 * {@code from} source, an accumulate argument, an argument of {@code insertLogical}) on the tree
 * JavaParser builds of it, against the {@link Vocabulary}: every node must be one of the kinds
 * the rule language has, every name a bound {@code $variable}, a property of the pattern's type
 * or a type the vocabulary lists, every member one the vocabulary allows on the type of the
 * value it is used on. What it accepts it prints again, without comments: that canonical text
 * is what the compiler gets. Thread-safe.
 */
final class ExpressionJudge {
    /** The most nodes one expression may have: a large action text is a handful. */
    static final int MAX_NODES = 400;

    /** Where an expression stands, which decides what its bare names and {@code new} mean. */
    enum Place {
        /** In a pattern's constraint (MVEL): bare names are properties of the pattern's type. */
        CONSTRAINT,
        /** In an {@code eval}, a {@code from} source or an accumulate argument: variables and constants only. */
        CONDITION,
        /** An argument of {@code insertLogical} (Java): may construct fact types. */
        CONCLUSION
    }

    /** An expression that passed: its canonical text, what is known of its value, the variables it uses. */
    record Judged(String canonical, Typed typed, Set<String> variables) {
    }

    private final Vocabulary vocabulary;

    ExpressionJudge(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static ParserConfiguration parserConfiguration() {
        return new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setPreprocessUnicodeEscapes(false).setAttributeComments(false);
    }

    /** Parses and judges {@code text}; adds what is wrong to {@code problems} and returns empty then. */
    Optional<Judged> judge(String text, Scope scope, Place place, List<String> problems) {
        ParseResult<Expression> parsed;
        try {
            parsed = new JavaParser(parserConfiguration()).parseExpression(text);
        } catch (StackOverflowError e) {
            problems.add("the expression '" + Canonical.excerpt(text) + "' nests too deeply");
            return Optional.empty();
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            problems.add("'" + Canonical.excerpt(text) + "' is not an expression of the rule language: "
                    + Canonical.firstProblem(parsed.getProblems()));
            return Optional.empty();
        }
        return judge(parsed.getResult().get(), scope, place, problems);
    }

    /** Judges a parsed expression; adds what is wrong to {@code problems} and returns empty then. */
    Optional<Judged> judge(Expression expression, Scope scope, Place place, List<String> problems) {
        int[] nodes = {0};
        expression.walk(Node.TreeTraversal.BREADTHFIRST, n -> nodes[0]++);
        if (nodes[0] > MAX_NODES) {
            problems.add("an expression of " + nodes[0] + " parts is too large (at most " + MAX_NODES + "): "
                    + "split the work over several rules");
            return Optional.empty();
        }
        int before = problems.size();
        ExpressionWalk walk = new ExpressionWalk(vocabulary, scope, place, problems);
        try {
            Typed typed = walk.judge(expression);
            return problems.size() > before ? Optional.empty()
                    : Optional.of(new Judged(Canonical.print(expression), typed, walk.variables()));
        } catch (StackOverflowError e) {
            problems.add("the expression '" + Canonical.excerpt(expression.toString()) + "' nests too deeply");
            return Optional.empty();
        }
    }
}
