package org.assessor.rules.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assessor.rules.DrlUnit;
import org.assessor.rules.ParsedRuleFile;
import org.assessor.rules.RuleFileGuard;
import org.assessor.rules.RuleProblem;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The guard every uploaded rule file passes before anything of it is compiled or run. It judges
 * the trees the compiler itself builds (Drools' DRL parser for the file, its constraint parser for
 * each constraint, JavaParser for each expression and consequence) against the rule language of
 * {@code rules/README.md}: an allow-list of node kinds, types, members and constructors, so that
 * anything the parsers produce that is not an allowed node is refused, with its file and line (or
 * decision-table cell). It then rewrites every constraint, expression and consequence of the tree
 * into its canonical text, printed from the judged tree, so the compiler compiles exactly what
 * was judged, whatever a lexer makes of the original. Across the files of a rule set it refuses
 * rules that feed back into what they match ({@link LayerGraph}). Thread-safe.
 */
public final class SandboxGuard implements RuleFileGuard {
    /** The most rules a rule set may have: the bundled ones have about 250, and compiling grows with them. */
    public static final int MAX_RULES = 2_000;
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern RESERVED_PACKAGE = Pattern.compile(
            "(java|javax|jdk|sun|org\\.assessor|org\\.drools|org\\.kie)(\\.|$)");
    private final Vocabulary vocabulary = new Vocabulary();
    private final RuleJudge rules = new RuleJudge(vocabulary);

    @Override
    public List<RuleProblem> judge(List<ParsedRuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Optional<RuleProblem> tooMany = tooManyRules(files);
        if (tooMany.isPresent()) {
            return List.of(tooMany.get());
        }
        List<RuleFlow> flows = new ArrayList<>();
        for (ParsedRuleFile file : files) {
            Problems into = new Problems(file.unit(), problems);
            declarations(file.tree(), into);
            for (RuleDescr rule : file.tree().getRules()) {
                judge(rule, into).ifPresent(flows::add);
            }
        }
        if (problems.isEmpty()) {
            cycle(files, flows).ifPresent(problems::add);
        }
        return problems;
    }

    /** The problem of a rule set with more than {@link #MAX_RULES} rules, if it has that many. */
    private static Optional<RuleProblem> tooManyRules(List<ParsedRuleFile> files) {
        int rulesInAll = files.stream().mapToInt(f -> f.tree().getRules().size()).sum();
        if (rulesInAll <= MAX_RULES) {
            return Optional.empty();
        }
        ParsedRuleFile largest = files.stream().max(Comparator.comparingInt(f -> f.tree().getRules().size()))
                .orElseThrow();
        return Optional.of(largest.unit().problemAt(0, "the rule set has " + rulesInAll + " rules, more than the "
                + MAX_RULES + " a rule set may have (compiling is bounded by them); " + largest.unit().file()
                + " has " + largest.tree().getRules().size()));
    }

    /** A cycle of rules feeding what they match, placed at its first rule in file order, if there is one. */
    private static Optional<RuleProblem> cycle(List<ParsedRuleFile> files, List<RuleFlow> flows) {
        return new LayerGraph(flows).cycle().map(cycle -> {
            RuleFlow first = cycle.stream().min(Comparator.comparing(RuleFlow::file)
                    .thenComparingInt(RuleFlow::line)).orElseThrow();
            DrlUnit unit = files.stream().map(ParsedRuleFile::unit).filter(u -> u.file().equals(first.file()))
                    .findFirst().orElseThrow();
            return unit.problemAt(first.line(), LayerGraph.describe(cycle));
        });
    }

    /**
     * Judges one rule; a rule the judges themselves cannot get through (a parser throwing on
     * input it should have refused) is refused too, never compiled and never an error of the server.
     */
    private Optional<RuleFlow> judge(RuleDescr rule, Problems problems) {
        try {
            return rules.judge(rule, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.at(rule.getLine(), "the rule could not be judged, so it is refused: " + e);
            return Optional.empty();
        }
    }

    private void declarations(PackageDescr tree, Problems problems) {
        String name = tree.getName() == null ? "" : tree.getName();
        if (!PACKAGE.matcher(name).matches() || RESERVED_PACKAGE.matcher(name).lookingAt()) {
            problems.at(tree.getLine(), "the package '" + name + "' is not allowed: name it with lower-case words "
                    + "(package assessor.rules;), outside java, javax, jdk, sun, org.assessor, org.drools and org.kie");
        }
        for (ImportDescr imported : tree.getImports()) {
            String target = imported.getTarget();
            boolean fact = false;
            for (String pkg : new String[] {Vocabulary.FACTS, Vocabulary.CORE}) {
                fact |= target.equals(pkg + "*") || target.startsWith(pkg)
                        && vocabulary.fact(target.substring(pkg.length())).isPresent();
            }
            if (!fact && !Vocabulary.JDK_IMPORTS.contains(target)) {
                problems.at(imported.getLine(), "import of " + target + " is not allowed; rule files may import "
                        + "org.assessor.rules.fact.* and org.assessor.core.* (or one of their types) and java.util.List,"
                        + " Set, Map, Collection");
            }
        }
        refuse(tree.getFunctionImports(), "import function", problems);
        refuse(tree.getAccumulateImports(), "import accumulate", problems);
        refuse(tree.getGlobals(), "global", problems);
        refuse(tree.getFunctions(), "function", problems);
        refuse(tree.getTypeDeclarations(), "declare", problems);
        refuse(tree.getEnumDeclarations(), "declare", problems);
        refuse(List.copyOf(tree.getEntryPointDeclarations()), "entry-point", problems);
        refuse(List.copyOf(tree.getWindowDeclarations()), "window", problems);
        refuse(tree.getAttributes(), "attribute", problems);
        Optional.ofNullable(tree.getUnit()).ifPresent(u -> problems.at(u.getLine(), "rule units are not part of the "
                + "rule language"));
    }

    private static void refuse(List<? extends BaseDescr> declarations, String keyword, Problems problems) {
        for (BaseDescr declaration : declarations) {
            problems.at(declaration.getLine(), "'" + keyword + "' is not part of the rule language: "
                    + Reasons.declaration(keyword));
        }
    }
}
