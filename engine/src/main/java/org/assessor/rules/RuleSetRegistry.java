package org.assessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.assessor.questionnaire.VersionOrder;

/**
 * The compiled rule-set versions in memory, and which one is active for each questionnaire.
 *
 * <p>Activation replaces one reference atomically: an evaluation takes the active rule set once
 * and uses it throughout, so no result ever mixes two versions. Thread-safe.
 */
public final class RuleSetRegistry {
    private static final AtomicLong COMPILERS = new AtomicLong();
    private final ConcurrentMap<RuleSetId, CompiledRuleSet> versions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CompiledRuleSet> active = new ConcurrentHashMap<>();

    /**
     * Compiles every rule-set folder {@code <questionnaire>/<version>/} below {@code folder},
     * registers them all and activates the latest version of each questionnaire.
     *
     * @throws RuleSetInvalid if any of them does not compile
     */
    public static RuleSetRegistry load(Path folder, RuleSetCompiler compiler) {
        return load(folder, compiler, questionnaireId -> true);
    }

    /**
     * Like {@link #load(Path, RuleSetCompiler)}, for the questionnaires {@code wanted} accepts
     * only (compiling is the slow part of starting up).
     */
    public static RuleSetRegistry load(Path folder, RuleSetCompiler compiler, Predicate<String> wanted) {
        return loadInBackground(folder, compiler, wanted).awaitCompiled();
    }

    /**
     * Like {@link #load(Path, RuleSetCompiler, Predicate)}, but returns as soon as the folders
     * are read: the versions are registered and activated at once and compile in the background,
     * one thread per processor. Evaluating under a version waits for its compilation;
     * {@link #awaitCompiled()} waits for them all and reports a version that did not compile.
     */
    public static RuleSetRegistry loadInBackground(Path folder, RuleSetCompiler compiler, Predicate<String> wanted) {
        List<Path> ruleSetFolders = new ArrayList<>();
        try (Stream<Path> questionnaires = Files.list(folder)) {
            for (Path q : questionnaires.filter(Files::isDirectory)
                    .filter(q -> !q.getFileName().toString().startsWith(SharedLayers.FOLDER))
                    .filter(q -> wanted.test(q.getFileName().toString().replace("/", ""))).sorted().toList()) {
                try (Stream<Path> versions = Files.list(q)) {
                    versions.filter(Files::isDirectory).sorted().forEach(ruleSetFolders::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule sets in " + folder, e);
        }
        List<RuleSetSource> sources = ruleSetFolders.stream().map(RuleSetSource::fromFolder).toList();
        RuleSetRegistry registry = new RuleSetRegistry();
        ExecutorService compiling = Executors.newFixedThreadPool(
                Math.max(1, Math.min(sources.size(), Runtime.getRuntime().availableProcessors())), task -> {
                    Thread thread = new Thread(task, "assessor-compile-" + COMPILERS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        sources.forEach(source -> registry.register(compiler.compileInBackground(source, compiling)));
        compiling.shutdown();
        registry.all().stream()
                .map(CompiledRuleSet::id)
                .map(RuleSetId::questionnaireId)
                .distinct()
                .forEach(q -> registry.activate(registry.latest(q).id()));
        return registry;
    }

    /**
     * Waits until every registered version has compiled.
     *
     * @return this registry
     * @throws RuleSetInvalid for the first version (in {@link #all()} order) that did not compile
     */
    public RuleSetRegistry awaitCompiled() {
        all().forEach(CompiledRuleSet::awaitCompiled);
        return this;
    }

    /** Adds a compiled version, replacing an earlier compilation of the same id. */
    public void register(CompiledRuleSet ruleSet) {
        versions.put(ruleSet.id(), ruleSet);
    }

    /** Makes version {@code id} the active one for its questionnaire, atomically. */
    public void activate(RuleSetId id) {
        CompiledRuleSet ruleSet = find(id).orElseThrow(() -> new NoSuchRuleSet("no rule set " + id));
        active.put(id.questionnaireId(), ruleSet);
    }

    /** The active rule set of questionnaire {@code questionnaireId}. */
    public CompiledRuleSet active(String questionnaireId) {
        CompiledRuleSet ruleSet = active.get(questionnaireId);
        if (ruleSet == null) {
            throw new NoSuchRuleSet("no active rule set for questionnaire '" + questionnaireId + "'");
        }
        return ruleSet;
    }

    /** Version {@code id}, if registered. */
    public Optional<CompiledRuleSet> find(RuleSetId id) {
        return Optional.ofNullable(versions.get(id));
    }

    /** Every registered version, by questionnaire and then version order. */
    public List<CompiledRuleSet> all() {
        return versions.values().stream()
                .sorted(Comparator.comparing((CompiledRuleSet r) -> r.id().questionnaireId())
                        .thenComparing(r -> r.id().version(), VersionOrder.INSTANCE))
                .toList();
    }

    private CompiledRuleSet latest(String questionnaireId) {
        return all().stream().filter(r -> r.id().questionnaireId().equals(questionnaireId))
                .reduce((a, b) -> b).orElseThrow();
    }
}
