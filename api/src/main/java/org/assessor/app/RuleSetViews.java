package org.assessor.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.assessor.api.RuleSetVersionView;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;
import org.assessor.store.RuleSetOrigin;
import org.assessor.store.RuleSetStore;

/**
 * The JSON views of rule-set versions, with their manifests and files: from the bundled files,
 * the compiled versions, or the stored files (read once and kept, as they never change).
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

    /** The view of {@code v}, with its files or without. */
    RuleSetVersionView of(KnownVersion v, boolean withFiles) {
        RuleSetSource source = source(v);
        boolean uploaded = v.origin() == RuleSetOrigin.UPLOADED;
        return new RuleSetVersionView(v.id().questionnaireId(), v.id().version(), v.status().code(), v.hash(),
                v.origin().code(), v.questionnaireVersion(), source.manifest().date(), source.manifest().notes(),
                uploaded ? v.record().createdAt() : null, uploaded ? v.record().createdBy() : null,
                v.statusChangedAt(), withFiles ? RuleSetTexts.of(source) : null);
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
