package org.assessor.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.assessor.rules.fact.PolicyValues;
import org.drools.drl.ast.descr.ImportDescr;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a rule-set version into a {@link CompiledRuleSet} with Drools' DRL compiler (MVEL
 * constraints, Java consequences, no code generation). Decision tables are turned into DRL first
 * so that errors in them can be traced to their spreadsheet cells. Every file is read by Drools'
 * DRL parser into a tree, the {@link RuleFileGuard} judges (and may rewrite) the trees of all
 * files, and only then is anything compiled: from those trees, never from the text again, so what
 * is compiled is what was judged. Nothing of a rule set runs before it has compiled. Thread-safe.
 */
public final class RuleSetCompiler {

    /** Imported into every rule file: the shared vocabulary (Rating, RatingScale, Level, ...), named without an import. */
    private static final String CORE_TYPES = "org.assessor.core.*";

    /**
     * The Java language level the rules' consequences are compiled for, whatever Java runs the
     * compiler (Drools would otherwise take the running Java's): a compiled rule set then loads on
     * every Java from 17 on, so one compiled at build time or cached by a node on Java 17 is used
     * on Java 25 too, and the other way round.
     */
    static final String JAVA_LEVEL = "17";

    private final RuleFileGuard guard;
    private final CompiledRuleCache cache;

    /**
     * A compiler that judges the rule files with {@code guard} before compiling them, and
     * compiles every rule set it is given. Sets the process-wide {@link SpreadsheetLimits}
     * before any spreadsheet is read.
     */
    public RuleSetCompiler(RuleFileGuard guard) {
        this(guard, CompiledRuleCache.none());
    }

    /**
     * Like {@link #RuleSetCompiler(RuleFileGuard)}, but a rule set whose exact content hash
     * {@code cache} holds, judged and compiled by this same build, is read from it instead of
     * compiled; one that is compiled is kept there. A node keeps bundled and published versions in
     * its cache, and drafts in its {@linkplain CompiledRuleCache#forDrafts() cache of drafts}.
     */
    public RuleSetCompiler(RuleFileGuard guard, CompiledRuleCache cache) {
        SpreadsheetLimits.apply();
        this.guard = guard;
        this.cache = cache;
    }

    /** What judged a cached rule set: the guard's class (a trusted-files guard never shares entries with the sandbox's). */
    private String judge() {
        return guard.getClass().getName();
    }

    /**
     * Keeps {@code ruleSet} in this compiler's cache: a draft that {@code compiledBy} judged and
     * compiled (or read from its cache of drafts), now published, so that a restart reads it
     * instead of compiling it. Only if both compilers judge with the same guard; never throws.
     */
    public void keep(CompiledRuleSet ruleSet, RuleSetCompiler compiledBy) {
        if (!cache.isEnabled() || !compiledBy.judge().equals(judge())) {
            return;
        }
        try {
            if (!cache.holds(ruleSet.source(), judge())) {
                cache.store(ruleSet.source(), judge(), ruleSet.kieBase());
            }
        } catch (RuntimeException e) {
            // not compiled: nothing to keep
        }
    }

    /**
     * Compiles {@code source}.
     *
     * @throws RuleSetInvalid with every problem found, each with its file and line
     */
    public CompiledRuleSet compile(RuleSetSource source) {
        return new CompiledRuleSet(source, CompletableFuture.completedFuture(build(source)));
    }

    /**
     * Starts compiling {@code source} on {@code executor} and returns at once. The rule set's
     * id, hash and source can be used straight away; using its rules waits for the compilation,
     * and throws {@link RuleSetInvalid} then if it failed.
     */
    public CompiledRuleSet compileInBackground(RuleSetSource source, Executor executor) {
        return new CompiledRuleSet(source, CompletableFuture.supplyAsync(() -> build(source), executor));
    }

    /**
     * Leaves {@code source} to be read from this compiler's cache when its rules are first used,
     * if the cache holds it (this build judged and compiled exactly this content before, so it
     * cannot fail to compile); otherwise starts compiling it on {@code executor} as
     * {@link #compileInBackground} does, so that a version that does not compile is still found
     * at once. For versions that may never be used on this node, such as retired ones.
     */
    public CompiledRuleSet onFirstUse(RuleSetSource source, Executor executor) {
        if (cache.holds(source, judge())) {
            return new CompiledRuleSet(source, () -> build(source));
        }
        return compileInBackground(source, executor);
    }

    private CompiledRuleSet.Build build(RuleSetSource source) {
        long start = System.nanoTime();
        Optional<KieBase> kept = cache.load(source, judge());
        if (kept.isPresent()) {
            List<RuleProblem> problems = new ArrayList<>();
            PolicyValues policy = PolicyTable.read(source, problems).orElse(PolicyValues.of(Map.of()));
            if (problems.isEmpty()) {
                return new CompiledRuleSet.Build(RuleFileUnits.lazily(source, policy), kept.get(), policy,
                        Duration.ofNanos(System.nanoTime() - start), true);
            }
        }
        CompiledRuleSet.Build built = compile(source, start);
        cache.store(source, judge(), built.kieBase());
        return built;
    }

    private CompiledRuleSet.Build compile(RuleSetSource source, long start) {
        List<RuleProblem> problems = new ArrayList<>();
        List<ParsedRuleFile> files = new ArrayList<>();
        PolicyValues policy = PolicyTable.read(source, problems).orElse(PolicyValues.of(Map.of()));
        checkAgreementThreshold(policy, problems);
        for (String file : source.ruleFiles()) {
            DrlUnit unit = RuleFileUnits.of(source, file, policy, problems);
            if (unit != null) {
                problems.addAll(DecisionTableErrors.rowsWithoutAction(unit));
                DrlTrees.parse(unit, problems).ifPresent(files::add);
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(RuleProblem.inFile(RuleSetSource.MANIFEST, "the rule set has no rule files (.drl, .drl.csv "
                    + "or .drl.xlsx)"));
        }
        if (problems.isEmpty()) {
            problems.addAll(guard.judge(files));
        }
        if (!problems.isEmpty()) {
            throw invalid(source, problems);
        }
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setProperty("drools.dialect.java.compiler.lnglevel", JAVA_LEVEL);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (int i = 0; i < files.size(); i++) {
            ParsedRuleFile file = files.get(i);
            Layers.order(file.tree(), files.size() - i);
            file.tree().addImport(new ImportDescr(CORE_TYPES));
            Resource resource = ResourceFactory.newDescrResource(file.tree());
            resource.setSourcePath(RuleFileUnits.drlName(file.unit().file()));
            file.tree().setResource(resource);
            file.tree().getRules().forEach(rule -> rule.setResource(resource));
            builder.add(resource, ResourceType.DESCR);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String path = error.getResource() == null ? "" : error.getResource().getSourcePath();
            int repeat = seen.merge(path + "\n" + error.getMessage(), 1, Integer::sum) - 1;
            problems.add(locate(files, path, error, repeat));
        }
        if (!problems.isEmpty()) {
            throw invalid(source, problems);
        }
        List<DrlUnit> units = files.stream().map(ParsedRuleFile::unit).toList();
        return new CompiledRuleSet.Build(units, builder.newKieBase(), policy,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** An agreement threshold, where the policy gives one, is an index from 0 to 1. */
    private static void checkAgreementThreshold(PolicyValues policy, List<RuleProblem> problems) {
        Double lowBelow = policy.asMap().get(PolicyTable.AGREEMENT_LOW_BELOW);
        if (lowBelow != null && (lowBelow < 0 || lowBelow > 1)) {
            problems.add(RuleProblem.inFile(PolicyTable.FILE, "'" + PolicyTable.AGREEMENT_LOW_BELOW
                    + "' is an agreement index from 0 to 1, not "
                    + BigDecimal.valueOf(lowBelow).stripTrailingZeros().toPlainString()));
        }
    }

    private static RuleProblem locate(List<ParsedRuleFile> files, String path, KnowledgeBuilderError error,
                                      int repeat) {
        String text = error.getMessage().strip();
        int line = error.getLines() == null || error.getLines().length == 0 ? 0 : error.getLines()[0];
        for (ParsedRuleFile file : files) {
            if (path.equals(RuleFileUnits.drlName(file.unit().file()))) {
                return file.unit().problemAt(line, text, repeat);
            }
        }
        return RuleProblem.inFile(path.isEmpty() ? "(rule set)" : path, text);
    }

    private static RuleSetInvalid invalid(RuleSetSource source, List<RuleProblem> problems) {
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return new RuleSetInvalid(source.id().toString(), problems);
    }
}
