package org.assessor.rules.sandbox;

import java.util.Optional;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Judges one rule: no attributes, annotations, parents or named consequences; its conditions
 * by {@link PatternJudge}; its consequence by {@link ConsequenceJudge}, replaced by its canonical
 * text. Thread-safe.
 */
final class RuleJudge {
    /** The longest rule name: names are read in results and reports. */
    static final int MAX_NAME = 200;
    private final Vocabulary vocabulary;
    private final ExpressionJudge expressions;
    private final ConsequenceJudge consequences;

    RuleJudge(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.expressions = new ExpressionJudge(vocabulary);
        this.consequences = new ConsequenceJudge(expressions);
    }

    /** Judges {@code rule} of {@code problems}' file; what it matches and inserts if it passed. */
    Optional<RuleFlow> judge(RuleDescr rule, Problems problems) {
        int before = problems.count();
        int line = rule.getLine();
        if (rule.isQuery()) {
            problems.at(line, "queries are not part of the rule language: code a rule defines could call itself "
                    + "without end");
            return Optional.empty();
        }
        String name = rule.getName();
        if (name.length() > MAX_NAME || name.contains("\\") || name.contains("\"") || name.contains("*/")) {
            problems.at(line, "a rule's name is plain text of at most " + MAX_NAME + " characters, without \\, \" or "
                    + "*/ (the name is carried into generated code and into every result)");
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            problems.at(line, "the attribute '" + attribute.getName()
                    + "' is not part of the rule language: " + Reasons.attribute(attribute.getName()));
        }
        if (!rule.getAnnotations().isEmpty() || rule.hasParent() || !rule.getNamedConsequences().isEmpty()
                || rule.getUnit() != null) {
            problems.at(line, "annotations, 'extends', named consequences and rule units are not part of the rule "
                    + "language");
        }
        Scope scope = new Scope();
        PatternJudge patterns = new PatternJudge(vocabulary, expressions, problems);
        patterns.judge(rule.getLhs(), line, scope);
        String text = rule.getConsequence() instanceof String s ? s : "";
        int first = firstLineOf(problems.unit().drl(), rule.getConsequenceLine(), text);
        Optional<ConsequenceJudge.Judged> consequence = consequences.judge(text, scope, problems.from(first));
        if (problems.count() > before || consequence.isEmpty()) {
            return Optional.empty();
        }
        rule.setConsequence(consequence.get().canonical());
        return Optional.of(new RuleFlow(problems.unit().file(), line, rule.getName(), patterns.matched(),
                consequence.get().inserts()));
    }

    /**
     * The line of {@code drl} on which consequence {@code text} starts: Drools gives the line of
     * {@code then}, and the text starts at the first code after it.
     */
    private static int firstLineOf(String drl, int thenLine, String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        String[] lines = drl.split("\n", -1);
        for (int i = Math.max(thenLine - 1, 0); i < lines.length && !first.isEmpty(); i++) {
            if (lines[i].contains(first)) {
                return i + 1;
            }
        }
        return Math.max(thenLine, 1);
    }
}
