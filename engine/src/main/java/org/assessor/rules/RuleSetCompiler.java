package org.assessor.rules;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule-set version into a {@link CompiledRuleSet} with Drools' DRL compiler
 * ({@code DrlProject}, no code generation). Decision tables are turned into DRL first so that
 * errors in them can be traced to their spreadsheet cells. Thread-safe.
 */
public final class RuleSetCompiler {
    private static final String RESOURCES = "src/main/resources/assessor/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private final RuleFileGuard guard;

    /**
     * A compiler that checks each rule file with {@code guard} before compiling it. Sets the
     * process-wide {@link SpreadsheetLimits} before any spreadsheet is read.
     */
    public RuleSetCompiler(RuleFileGuard guard) {
        SpreadsheetLimits.apply();
        this.guard = guard;
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

    private CompiledRuleSet.Build build(RuleSetSource source) {
        long start = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        List<DrlUnit> units = new ArrayList<>();
        for (String file : source.ruleFiles()) {
            DrlUnit unit = toDrl(source, file, problems);
            if (unit != null) {
                problems.addAll(guard.check(unit));
                problems.addAll(DecisionTableErrors.rowsWithoutAction(unit));
                units.add(unit);
            }
        }
        if (units.isEmpty() && problems.isEmpty()) {
            problems.add(RuleProblem.inFile(RuleSetSource.MANIFEST, "the rule set has no rule files (.drl, .drl.csv "
                    + "or .drl.xlsx)"));
        }
        if (!problems.isEmpty()) {
            throw invalid(source, problems);
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.assessor.rulesets", source.manifest().questionnaireId(),
                source.manifest().version() + "-" + source.hash().substring(7, 19) + "-" + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (int i = 0; i < units.size(); i++) {
            kfs.write(RESOURCES + drlName(units.get(i).file()), Layers.ordered(units.get(i).drl(), units.size() - i));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        Map<String, Integer> seen = new HashMap<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            int repeat = seen.merge(message.getPath() + "\n" + message.getText(), 1, Integer::sum) - 1;
            problems.add(locate(units, message, repeat));
        }
        dropFollowOnProblems(problems);
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw invalid(source, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return new CompiledRuleSet.Build(units, container, container.getKieBase(), releaseId,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static DrlUnit toDrl(RuleSetSource source, String file, List<RuleProblem> problems) {
        if (!RuleSetSource.isDecisionTable(file)) {
            return new DrlUnit(file, source.text(file), false);
        }
        InputType type = file.endsWith(".csv") ? InputType.CSV : InputType.XLS;
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.bytes(file)), type);
            return new DrlUnit(file, drl, true, DecisionTableCells.read(source.bytes(file), type));
        } catch (RuntimeException e) {
            problems.add(SpreadsheetLimits.exceeded(e).map(poi -> RuleProblem.inFile(file, "decision table: the "
                    + "spreadsheet inflates past the limits for decision tables (" + SpreadsheetLimits.describe()
                    + "); is it a zip bomb? (" + poi + ")")).orElseGet(() -> DecisionTableErrors.toProblem(file, e)));
            return null;
        }
    }

    private static String drlName(String file) {
        return file.endsWith(".drl") ? file : file + ".drl";
    }

    private static RuleProblem locate(List<DrlUnit> units, Message message, int repeat) {
        String path = message.getPath() == null ? "" : message.getPath();
        String text = message.getText().strip();
        for (DrlUnit unit : units) {
            if (path.endsWith("/" + drlName(unit.file())) || path.equals(drlName(unit.file()))) {
                return unit.problemAt(message.getLine(), text, repeat);
            }
        }
        return RuleProblem.inFile(path.isEmpty() ? "(rule set)" : path, text);
    }

    /** Drops Drools' "null Package" message from a file whose parse errors are already listed. */
    private static void dropFollowOnProblems(List<RuleProblem> problems) {
        problems.removeIf(p -> p.message().equals(NULL_PACKAGE) && problems.stream()
                .anyMatch(other -> other.file().equals(p.file()) && !other.message().equals(NULL_PACKAGE)));
    }

    private static RuleSetInvalid invalid(RuleSetSource source, List<RuleProblem> problems) {
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return new RuleSetInvalid(source.id().toString(), problems);
    }
}
