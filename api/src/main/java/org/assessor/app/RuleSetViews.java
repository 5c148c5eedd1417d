package org.assessor.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;
import org.assessor.store.RuleSetStore;

/**
 * Rule-set versions as auditors see them ({@link RuleSetVersion}), with their manifests and files:
 * from the bundled files, the compiled versions, or the stored files (read once and kept, as they
 * never change).
 * Thread-safe.
 */
final class RuleSetViews {
    private final Map<RuleSetId, RuleSetSource> bundled;
    private final CompiledVersions compiled;
    private final RuleSetStore store;
    private final ConcurrentMap<RuleSetId, RuleSetSource> stored = new ConcurrentHashMap<>();

    RuleSetViews(Map<RuleSetId, RuleSetSource> bundled, CompiledVersions compiled, RuleSetStore store) {
        this.bundled = bundled;
        this.compiled = compiled;
        this.store = store;
    }

    /** Version {@code v}, with its files or without. */
    RuleSetVersion of(KnownVersion v, boolean withFiles) {
        RuleSetSource source = source(v);
        return new RuleSetVersion(v, source.manifest().date(), source.manifest().notes(),
                withFiles ? RuleSetTexts.of(source) : null);
    }

    private RuleSetSource source(KnownVersion v) {
        RuleSetSource shipped = bundled.get(v.id());
        if (shipped != null) {
            return shipped;
        }
        return compiled.find(v.id()).map(CompiledRuleSet::source).orElseGet(() ->
                stored.computeIfAbsent(v.id(), id -> RuleSetSource.of(store.files(id))));
    }
}
