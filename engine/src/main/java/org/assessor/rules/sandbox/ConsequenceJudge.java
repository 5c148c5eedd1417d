package org.assessor.rules.sandbox;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assessor.rules.sandbox.ExpressionJudge.Place;

/**
 * Judges a rule's consequence on the tree JavaParser builds of it: it may only be
 * {@code insertLogical( ... );} statements, each inserting a fact type, built from literals,
 * bound variables, constants and the fact types' factories and constructors. Returns the
 * consequence printed again from the tree, each statement on the line it was written on, which is
 * what the compiler gets. Thread-safe.
 */
final class ConsequenceJudge {
    private final ExpressionJudge expressions;

    ConsequenceJudge(ExpressionJudge expressions) {
        this.expressions = expressions;
    }

    /** A judged consequence: its canonical text and the fact types it inserts. */
    record Judged(String canonical, Set<Class<?>> inserts) {
    }

    /**
     * Judges {@code text}, the code between {@code then} and {@code end}; each problem goes to
     * {@code problems} with its line counted from the consequence's first line (1).
     */
    Optional<Judged> judge(String text, Scope scope, Problems problems) {
        ParseResult<BlockStmt> parsed;
        try {
            parsed = new JavaParser(ExpressionJudge.parserConfiguration()).parseBlock("{" + text + "\n}");
        } catch (StackOverflowError e) {
            problems.at(1, "the consequence nests too deeply");
            return Optional.empty();
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            int line = parsed.getProblems().isEmpty() ? 1 : parsed.getProblems().get(0).getLocation()
                    .flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
            problems.at(line, "the consequence is not Java the rule language allows: "
                    + Canonical.firstProblem(parsed.getProblems()));
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder();
        Set<Class<?>> inserts = new LinkedHashSet<>();
        int lineNow = 1;
        int before = problems.count();
        for (Statement statement : parsed.getResult().get().getStatements()) {
            int line = statement.getBegin().map(p -> p.line).orElse(lineNow);
            Optional<MethodCallExpr> insert = insertLogical(statement);
            if (insert.isEmpty()) {
                problems.at(line, "'" + Canonical.excerpt(original(statement)) + "': a consequence may only conclude, with insertLogical( new Fact( ... ) ); or "
                        + "insertLogical( Fact.of( ... ) ); " + Canonical.kind(statement) + " are not part of the rule "
                        + "language");
                continue;
            }
            List<String> found = new ArrayList<>();
            Optional<ExpressionJudge.Judged> fact = expressions.judge(insert.get().getArgument(0), scope,
                    Place.CONCLUSION, found);
            found.forEach(message -> problems.at(line, message));
            if (fact.isPresent() && !Vocabulary.isFact(fact.get().typed().type())) {
                problems.at(line, "insertLogical must insert a fact type of org.assessor.rules.fact, not "
                        + fact.get().typed().type().getSimpleName());
            } else if (fact.isPresent() && Vocabulary.isGiven(fact.get().typed().type())) {
                problems.at(line, fact.get().typed().type().getSimpleName() + " is given to every evaluation by the "
                        + "engine, from the rule set's tables; rules read it and never insert it");
            } else if (fact.isPresent()) {
                inserts.add(fact.get().typed().type());
                for (; lineNow < line; lineNow++) {
                    canonical.append('\n');
                }
                canonical.append("insertLogical( ").append(fact.get().canonical()).append(" ); ");
            }
        }
        return problems.count() > before ? Optional.empty() : Optional.of(new Judged(canonical.toString(), inserts));
    }

    /** The statement as it was written, spaces included. */
    private static String original(Statement statement) {
        return statement.getTokenRange().map(Object::toString).orElseGet(statement::toString);
    }

    private static Optional<MethodCallExpr> insertLogical(Statement statement) {
        if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
                && call.getScope().isEmpty() && call.getNameAsString().equals("insertLogical")
                && call.getArguments().size() == 1 && call.getTypeArguments().isEmpty()) {
            return Optional.of(call);
        }
        return Optional.empty();
    }
}
