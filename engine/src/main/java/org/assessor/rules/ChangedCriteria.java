package org.assessor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assessor.questionnaire.Questionnaire;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Which criteria a rule-set version can rate differently from another, read from their files
 * without evaluating anything: the criteria of the questions whose classification rules differ,
 * and the criteria whose thresholds differ. Impact analysis then needs to rate only those criteria
 * to know whether an assessment's ratings move at all ({@code ImpactAnalysis}).
 *
 * <p>It rests on the contract of the shared rating layers: a criterion's rating depends only on
 * the answers to its own questions, the submission and its respondents, a peer rating of it, the
 * policy values and its own thresholds, and not on its standard or section or any other criterion
 * ({@code CriterionRatingsTest} checks it for every bundled rule set that uses a shared layer); the
 * standard, section and overall ratings depend only on criterion ratings and the rules after them.
 * It answers only where both versions keep to what this can check, and otherwise says it cannot
 * tell (and everything is evaluated):
 * <ul>
 *   <li>both rate the same questionnaire version with the same shared layer, policy and file names,
 *       and neither has a decision table;</li>
 *   <li>every rule of their own rule files is a classification of one answer, a recommendation,
 *       or reads and inserts nothing a criterion's rating is made from ({@link RuleShape});</li>
 *   <li>a rule that differs (changed, added or removed, by name) is a recommendation (no criterion)
 *       or a classification naming its question ({@code questionId == "..."}; that question's criterion);</li>
 *   <li>threshold tables differ only in the thresholds of criteria (those criteria) or in notes (none),
 *       not in their ratings or in which criteria are critical.</li>
 * </ul>
 */
public final class ChangedCriteria {
    private static final String POLICY = "policy.csv";

    private ChangedCriteria() {
    }

    /**
     * The criteria of {@code questionnaire} that {@code candidate} can rate differently from
     * {@code baseline} (empty if it rates every submission alike), or empty if this cannot tell.
     */
    public static Optional<Set<String>> between(RuleSetSource candidate, RuleSetSource baseline,
                                                Questionnaire questionnaire) {
        RuleSetManifest c = candidate.manifest();
        RuleSetManifest b = baseline.manifest();
        if (c.shared() == null || !c.shared().equals(b.shared())
                || !c.questionnaireVersion().equals(b.questionnaireVersion())
                || !c.questionnaireVersion().equals(questionnaire.version())
                || !ownFiles(candidate).equals(ownFiles(baseline))
                || !sameBytes(candidate, baseline, POLICY) || !sameShared(candidate, baseline)) {
            return Optional.empty();
        }
        Set<String> criteria = new TreeSet<>();
        for (String file : ownFiles(candidate)) {
            if (RuleSetSource.isDecisionTable(file)) {
                return Optional.empty();
            }
            Optional<Set<String>> changed = RuleSetSource.isThresholdTable(file)
                    ? thresholds(candidate.text(file), baseline.text(file), file)
                    : file.endsWith(".drl") ? rules(candidate.text(file), baseline.text(file), file, questionnaire)
                    : sameBytes(candidate, baseline, file) ? Optional.of(Set.of()) : Optional.empty();
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            criteria.addAll(changed.get());
        }
        return Optional.of(criteria);
    }

    private static List<String> ownFiles(RuleSetSource source) {
        return source.fileNames().stream()
                .filter(n -> !n.equals(RuleSetSource.MANIFEST) && !n.startsWith("tests/")).sorted().toList();
    }

    private static boolean sameBytes(RuleSetSource one, RuleSetSource other, String file) {
        return one.has(file) == other.has(file) && (!one.has(file) || Arrays.equals(one.bytes(file), other.bytes(file)));
    }

    private static boolean sameShared(RuleSetSource one, RuleSetSource other) {
        return one.sharedFileNames().equals(other.sharedFileNames())
                && one.sharedFileNames().stream().noneMatch(n -> one.fileNames().contains(n))
                && one.sharedFileNames().stream().allMatch(n -> Arrays.equals(one.bytes(n), other.bytes(n)));
    }

    /** The criteria whose thresholds differ, or empty if the tables differ in anything else. */
    private static Optional<Set<String>> thresholds(String candidateText, String baselineText, String file) {
        List<RuleProblem> problems = new ArrayList<>();
        ThresholdTable candidate = ThresholdTable.read(file, candidateText, problems);
        ThresholdTable baseline = ThresholdTable.read(file, baselineText, problems);
        if (!problems.isEmpty() || !candidate.ratings().equals(baseline.ratings())) {
            return Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        candidate.rows().forEach(r -> ids.add(r.criterionId()));
        baseline.rows().forEach(r -> ids.add(r.criterionId()));
        Set<String> changed = new TreeSet<>();
        for (String id : ids) {
            Optional<ThresholdTable.Row> before = baseline.row(id);
            Optional<ThresholdTable.Row> after = candidate.row(id);
            if (before.map(ThresholdTable.Row::critical).orElse(false) != after.map(ThresholdTable.Row::critical).orElse(false)) {
                return Optional.empty();
            }
            if (!Objects.equals(before.map(ChangedCriteria::bands), after.map(ChangedCriteria::bands))) {
                changed.add(id);
            }
        }
        changed.remove(ThresholdTable.DEFAULT);
        return Optional.of(changed);
    }

    /** A row's thresholds, compared by value (0.80 is 0.8). */
    private static List<Double> bands(ThresholdTable.Row row) {
        return row.from().stream().map(java.math.BigDecimal::doubleValue).toList();
    }

    /** The criteria of the questions whose classification differs, or empty if the files differ in anything else. */
    private static Optional<Set<String>> rules(String candidateText, String baselineText, String file,
                                               Questionnaire questionnaire) {
        Optional<PackageDescr> candidateTree = tree(candidateText, file);
        Optional<PackageDescr> baselineTree = tree(baselineText, file);
        if (candidateTree.isEmpty() || baselineTree.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, String>> candidate = ruleTexts(candidateTree.get(), candidateText);
        Optional<Map<String, String>> baseline = ruleTexts(baselineTree.get(), baselineText);
        Optional<String> header = header(candidateTree.get());
        if (candidate.isEmpty() || baseline.isEmpty() || header.isEmpty()
                || !header.equals(header(baselineTree.get()))) {
            return Optional.empty();
        }
        Map<String, RuleDescr> rules = new HashMap<>();
        baselineTree.get().getRules().forEach(r -> rules.put("b:" + r.getName(), r));
        candidateTree.get().getRules().forEach(r -> rules.put("c:" + r.getName(), r));
        Set<String> criteria = new TreeSet<>();
        for (Map.Entry<String, RuleDescr> entry : rules.entrySet()) {
            RuleShape shape = RuleShape.of(entry.getValue());
            if (shape.kind() == RuleShape.Kind.UNKNOWN) {
                return Optional.empty();
            }
            String name = entry.getValue().getName();
            if (Objects.equals(candidate.get().get(name), baseline.get().get(name))) {
                continue;
            }
            if (shape.kind() == RuleShape.Kind.AFTER_CRITERIA
                    || shape.kind() == RuleShape.Kind.CLASSIFIES && shape.questions().isEmpty()) {
                return Optional.empty();
            }
            for (String question : shape.questions()) {
                if (questionnaire.question(question).isPresent()) {
                    criteria.add(questionnaire.criterionOf(question).id());
                }
            }
        }
        return Optional.of(criteria);
    }

    private static Optional<PackageDescr> tree(String text, String file) {
        return DrlTrees.parse(new DrlUnit(file, text, false), new ArrayList<>()).map(ParsedRuleFile::tree);
    }

    /** Each rule's text by name, from the parser's positions; empty if a rule has none or two share a name. */
    private static Optional<Map<String, String>> ruleTexts(PackageDescr tree, String text) {
        Map<String, String> texts = new HashMap<>();
        for (RuleDescr rule : tree.getRules()) {
            int start = rule.getStartCharacter();
            int end = rule.getEndCharacter();
            if (start < 0 || end <= start || end > text.length()
                    || texts.put(rule.getName(), text.substring(start, end).strip()) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(texts);
    }

    /**
     * What a file declares besides its rules (its package and imports), or empty if it declares
     * anything else (functions, globals, types...), which this does not follow.
     */
    private static Optional<String> header(PackageDescr tree) {
        if (!tree.getFunctions().isEmpty() || !tree.getGlobals().isEmpty() || !tree.getTypeDeclarations().isEmpty()
                || !tree.getEnumDeclarations().isEmpty() || !tree.getFunctionImports().isEmpty()
                || !tree.getAccumulateImports().isEmpty() || !tree.getEntryPointDeclarations().isEmpty()
                || !tree.getAttributes().isEmpty()) {
            return Optional.empty();
        }
        List<String> imports = new ArrayList<>();
        tree.getImports().forEach(i -> imports.add(i.getTarget()));
        imports.sort(null);
        return Optional.of(tree.getName() + imports);
    }
}
