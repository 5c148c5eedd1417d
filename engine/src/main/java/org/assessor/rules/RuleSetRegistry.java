package org.assessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * one thread per processor, the latest version of each questionnaire first. An earlier
     * version that the compiler's cache holds is not read until it is first used (it may never
     * be: most are retired; see {@link RuleSetCompiler#onFirstUse}). Evaluating under a version
     * waits for its compilation; {@link #awaitCompiled()} waits for them all, except those left
     * for their first use, and reports a version that did not compile.
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
        Map<String, RuleSetSource> latest = new HashMap<>();
        sources.forEach(s -> latest.merge(s.id().questionnaireId(), s,
                (a, b) -> VersionOrder.INSTANCE.compare(a.id().version(), b.id().version()) >= 0 ? a : b));
        RuleSetRegistry registry = new RuleSetRegistry();
        ExecutorService compiling = Executors.newFixedThreadPool(
                Math.max(1, Math.min(sources.size(), Runtime.getRuntime().availableProcessors())), task -> {
                    Thread thread = new Thread(task, "assessor-compile-" + COMPILERS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        latest.values().stream().sorted(Comparator.comparing(RuleSetSource::id, Comparator.comparing(RuleSetId::toString)))
                .forEach(source -> registry.register(compiler.compileInBackground(source, compiling)));
        sources.stream().filter(s -> !latest.containsValue(s))
                .forEach(source -> registry.register(compiler.onFirstUse(source, compiling)));
        compiling.shutdown();
        latest.values().forEach(source -> registry.activate(source.id()));
        return registry;
    }

    /**
     * Waits until every registered version has compiled, except those left for their first use
     * (which this build has judged and compiled before, so they cannot fail).
     *
     * @return this registry
     * @throws RuleSetInvalid for the first version (in {@link #all()} order) that did not compile
     */
    public RuleSetRegistry awaitCompiled() {
        all().stream().filter(r -> !r.waitsForFirstUse()).forEach(CompiledRuleSet::awaitCompiled);
        return this;
    }

    /** Adds a compiled version, replacing an earlier compilation of the same id. */
    public void register(CompiledRuleSet ruleSet) {
        versions.put(ruleSet.id(), ruleSet);
    }

    /**
     * Makes version {@code id} the active one for its questionnaire, atomically; one left for its
     * first use starts being read now, so that evaluations find it ready.
     */
    public void activate(RuleSetId id) {
        CompiledRuleSet ruleSet = find(id).orElseThrow(() -> new NoSuchRuleSet("no rule set " + id));
        ruleSet.prepare();
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
}
