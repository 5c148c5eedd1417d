package org.assessor.rules.sandbox;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assessor.rules.sandbox.ExpressionJudge.Place;

/**
 * One judgement of {@link ExpressionJudge}: the nodes of an expression, depth first, each typed
 * and checked against the {@link Vocabulary}. Every refusal is added to the problems and gives
 * {@link Typed#REFUSED}, on which nothing is refused again. Not thread-safe; one per expression.
 */
final class ExpressionWalk {
    private final Vocabulary vocabulary;
    private final Scope scope;
    private final Place place;
    private final List<String> problems;
    private final Set<String> variables = new LinkedHashSet<>();

    ExpressionWalk(Vocabulary vocabulary, Scope scope, Place place, List<String> problems) {
        this.vocabulary = vocabulary;
        this.scope = scope;
        this.place = place;
        this.problems = problems;
    }

    /** The {@code $variables} the expressions judged so far use. */
    Set<String> variables() {
        return variables;
    }

    Typed judge(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            if (s.getValue().indexOf('\\') >= 0) {
                return refuse("escapes (\\) in text are not allowed: write the character itself, and ' or "
                        + "\u201c \u201d for quotation marks");
            }
            return Typed.literal(String.class);
        }
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
            return Typed.literal(e instanceof IntegerLiteralExpr ? Integer.class
                    : e instanceof LongLiteralExpr ? Long.class : Double.class);
        }
        if (e instanceof BooleanLiteralExpr) {
            return Typed.literal(Boolean.class);
        }
        if (e instanceof NullLiteralExpr) {
            return new Typed(Object.class, true, 0);
        }
        if (e instanceof EnclosedExpr enclosed) {
            return judge(enclosed.getInner());
        }
        if (e instanceof NameExpr name) {
            return name(name.getNameAsString());
        }
        if (e instanceof ThisExpr t && t.getTypeName().isEmpty() && place == Place.CONSTRAINT) {
            return scope.pattern().map(Typed::of).orElse(Typed.UNKNOWN);
        }
        if (e instanceof FieldAccessExpr field) {
            return field(field);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return creation(creation);
        }
        if (e instanceof BinaryExpr binary) {
            return Operators.binary(binary, judge(binary.getLeft()), judge(binary.getRight()), problems);
        }
        if (e instanceof UnaryExpr unary) {
            return Operators.unary(unary, judge(unary.getExpression()), problems);
        }
        if (e instanceof ConditionalExpr conditional) {
            judge(conditional.getCondition());
            Typed then = judge(conditional.getThenExpr());
            judge(conditional.getElseExpr());
            return new Typed(then.type(), false, then.texts());
        }
        return refuse(Canonical.kind(e) + " are not part of the rule language; " + Canonical.ALLOWED);
    }

    private Typed name(String name) {
        if (name.startsWith("$")) {
            variables.add(name);
            return scope.variable(name).map(Typed::of)
                    .orElseGet(() -> refuse("the variable " + name + " is not bound before it is used: bind it "
                            + "in a pattern of this rule (" + name + " : Type( ... ) or " + name + " : field)"));
        }
        Optional<Class<?>> pattern = place == Place.CONSTRAINT ? scope.pattern() : Optional.empty();
        if (pattern.isPresent()) {
            return vocabulary.property(pattern.get(), name).map(m -> Typed.of(m.getReturnType()))
                    .orElseGet(() -> refuse(pattern.get().getSimpleName() + " has no property '" + name
                            + "' that rules may read"));
        }
        if (vocabulary.type(name).isPresent()) {
            return refuse("a type is not a value: use one of its constants (" + name + ".NAME) or factories");
        }
        return refuse("'" + name + "' is neither a variable (variables start with $) nor a type rule files may"
                + " use; " + Canonical.TYPES);
    }

    private Typed field(FieldAccessExpr field) {
        String name = field.getNameAsString();
        Optional<Class<?>> type = typeNamed(field.getScope());
        if (type.isPresent()) {
            return vocabulary.constant(type.get(), name).map(f -> Typed.of(f.getType()))
                    .orElseGet(() -> refuse("'" + type.get().getSimpleName() + "." + name + "' is not a "
                            + "constant rule files may use"));
        }
        Typed owner = judge(field.getScope());
        if (place == Place.CONCLUSION) {
            return refuse("read a value with its accessor in a conclusion: " + field.getScope() + "." + name
                    + "()");
        }
        return member(owner, vocabulary.property(owner.type(), name), "property '" + name + "'");
    }

    private Typed call(MethodCallExpr call) {
        if (call.getTypeArguments().isPresent()) {
            return refuse("type arguments are not part of the rule language");
        }
        call.getArguments().forEach(this::judge);
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        if (call.getScope().isEmpty()) {
            Optional<Class<?>> pattern = place == Place.CONSTRAINT ? scope.pattern() : Optional.empty();
            return pattern.map(p -> member(Typed.of(p), vocabulary.method(p, name, arity, false),
                    "method '" + name + "'")).orElseGet(() -> refuse("'" + name + "(...)' is not a function "
                    + "rules may call; " + Canonical.ALLOWED));
        }
        Optional<Class<?>> type = typeNamed(call.getScope().get());
        if (type.isPresent()) {
            return member(Typed.of(type.get()), vocabulary.method(type.get(), name, arity, true),
                    "static method '" + name + "' with " + arity + " argument(s)");
        }
        Typed owner = judge(call.getScope().get());
        return member(owner, vocabulary.method(owner.type(), name, arity, false),
                "method '" + name + "' with " + arity + " argument(s)");
    }

    private Typed creation(ObjectCreationExpr creation) {
        creation.getArguments().forEach(this::judge);
        String type = creation.getType().asString();
        if (place != Place.CONCLUSION) {
            return refuse("'new' is only for conclusions: insertLogical( new " + type + "( ... ) )");
        }
        if (creation.getAnonymousClassBody().isPresent() || creation.getScope().isPresent()
                || creation.getTypeArguments().isPresent() || creation.getType().getTypeArguments().isPresent()) {
            return refuse("anonymous classes and type arguments are not part of the rule language");
        }
        Optional<Class<?>> fact = vocabulary.fact(type);
        if (fact.isEmpty() || !Vocabulary.constructible(fact.get(), creation.getArguments().size())) {
            return refuse("'new " + type + "(...)' with " + creation.getArguments().size() + " argument(s) is "
                    + "not allowed: rules construct the fact types of org.assessor.rules.fact only");
        }
        return Typed.of(fact.get());
    }

    private Typed member(Typed owner, Optional<Method> method, String what) {
        if (owner == Typed.REFUSED) {
            return Typed.REFUSED;
        }
        return method.map(m -> Typed.of(m.getReturnType())).orElseGet(() -> refuse(owner.type().getSimpleName()
                + " has no " + what + " that rules may use; " + Canonical.MEMBERS));
    }

    /** The type {@code scope} names, if it is a type's simple name and not a variable or property. */
    private Optional<Class<?>> typeNamed(Expression scope) {
        if (!(scope instanceof NameExpr name) || name.getNameAsString().startsWith("$")) {
            return Optional.empty();
        }
        String simple = name.getNameAsString();
        boolean property = place == Place.CONSTRAINT && this.scope.pattern()
                .flatMap(p -> vocabulary.property(p, simple)).isPresent();
        return property ? Optional.empty() : vocabulary.type(simple);
    }

    private Typed refuse(String message) {
        problems.add(message);
        return Typed.REFUSED;
    }
}
