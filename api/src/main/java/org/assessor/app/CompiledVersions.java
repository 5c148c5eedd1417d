package org.assessor.app;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.RuleSetSource;
import org.assessor.store.RuleSetStatus;
import org.assessor.store.RuleSetStore;
import org.assessor.store.StorageFailed;

/**
 * The compiled rule-set versions of this node. Published versions (active and retired) live in
 * the engine's {@link RuleSetRegistry}, where submissions find them; drafts are kept apart, so
 * that no submission can be rated with a version that was never published. An uploaded version
 * is compiled when first needed: at upload, when it becomes active, or when it is asked for.
 * Compiled versions are never disposed, as an evaluation may still be using one. Thread-safe.
 */
final class CompiledVersions {
    private final RuleSetRegistry registry;
    private final ConcurrentMap<RuleSetId, CompiledRuleSet> drafts = new ConcurrentHashMap<>();
    /**
     * One lock per version: a version is compiled once however many ask for it at once, and one
     * that is asked for (an impact analysis of a draft) does not wait behind the compilation of
     * another (the watcher compiling a draft uploaded through another node).
     */
    private final ConcurrentMap<RuleSetId, Object> compiling = new ConcurrentHashMap<>();
    private final RuleSetCompiler compiler;
    private final RuleSetCompiler published;
    private final RuleSetStore store;

    /**
     * @param compiler  compiles drafts
     * @param published compiles published versions, reading and keeping them compiled across restarts
     */
    CompiledVersions(RuleSetRegistry registry, RuleSetCompiler compiler, RuleSetCompiler published,
                     RuleSetStore store) {
        this.registry = registry;
        this.compiler = compiler;
        this.published = published;
        this.store = store;
    }

    /** Version {@code id}, if compiled on this node. */
    Optional<CompiledRuleSet> find(RuleSetId id) {
        return registry.find(id).or(() -> Optional.ofNullable(drafts.get(id)));
    }

    /**
     * Version {@code version} compiled, from memory or else from the files the database keeps,
     * and kept where its status says.
     *
     * @throws RuleSetConflict if its stored files no longer compile, or do not match its hash
     * @throws StorageFailed   if the files cannot be read
     */
    CompiledRuleSet get(KnownVersion version) {
        CompiledRuleSet compiled = find(version.id()).orElseGet(() -> compile(version));
        place(version, compiled);
        return compiled;
    }

    /** Keeps a newly uploaded draft. */
    void addDraft(CompiledRuleSet draft) {
        drafts.put(draft.id(), draft);
    }

    /** Makes {@code id}, which must be in the registry, the active version of its questionnaire, atomically. */
    void activate(RuleSetId id) {
        registry.activate(id);
    }

    /** The id of the version active on this node for {@code questionnaireId}, if any. */
    Optional<RuleSetId> activeId(String questionnaireId) {
        try {
            return Optional.of(registry.active(questionnaireId).id());
        } catch (NoSuchRuleSet none) {
            return Optional.empty();
        }
    }

    private void place(KnownVersion version, CompiledRuleSet compiled) {
        if (version.status() != RuleSetStatus.DRAFT && registry.find(version.id()).isEmpty()) {
            registry.register(compiled);
            if (drafts.remove(version.id()) != null) {
                published.keep(compiled, compiler);
            }
        }
    }

    private CompiledRuleSet compile(KnownVersion version) {
        synchronized (compiling.computeIfAbsent(version.id(), id -> new Object())) {
            return compileOnce(version);
        }
    }

    private CompiledRuleSet compileOnce(KnownVersion version) {
        Optional<CompiledRuleSet> done = find(version.id());
        if (done.isPresent()) {
            return done.get();
        }
        Map<String, byte[]> files = store.files(version.id());
        RuleSetSource source;
        CompiledRuleSet compiled;
        try {
            source = RuleSetSource.of(files);
            if (!source.hash().equals(version.hash())) {
                throw new RuleSetConflict("the stored files of rule set " + version.id() + " do not match its record"
                        + " (hash " + source.hash() + ", recorded " + version.hash() + ")");
            }
            compiled = (version.status() == RuleSetStatus.DRAFT ? compiler : published).compile(source);
        } catch (RuleSetInvalid e) {
            throw new RuleSetConflict("rule set " + version.id() + " as stored no longer compiles: " + e.problems());
        }
        if (!source.hash().equals(version.hash()) || !source.id().equals(version.id())) {
            throw new RuleSetConflict("the stored files of rule set " + version.id() + " do not match its record"
                    + " (hash " + source.hash() + ", recorded " + version.hash() + ")");
        }
        if (version.status() == RuleSetStatus.DRAFT) {
            drafts.put(version.id(), compiled);
        } else {
            registry.register(compiled);
        }
        return compiled;
    }
}
