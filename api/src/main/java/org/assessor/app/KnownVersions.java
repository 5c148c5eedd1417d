package org.assessor.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assessor.questionnaire.VersionOrder;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;
import org.assessor.store.RuleSetOrigin;
import org.assessor.store.RuleSetRecord;
import org.assessor.store.RuleSetStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every rule-set version and its status, from the bundled versions and the database's records:
 * <ul>
 *   <li>a recorded version has the status recorded;</li>
 *   <li>a bundled version nobody has acted on is active if it is the latest bundled version of
 *       its questionnaire and no recorded version of that questionnaire is active, and retired
 *       otherwise.</li>
 * </ul>
 * A record of an uploaded version that has the id of a bundled one (possible only if a later
 * release bundles a version that had been uploaded) is ignored, with a warning: bundled files win.
 * Immutable.
 */
public final class KnownVersions {
    private static final Logger LOG = LoggerFactory.getLogger(KnownVersions.class);
    private static final Comparator<KnownVersion> ORDER = Comparator
            .comparing((KnownVersion v) -> v.id().questionnaireId())
            .thenComparing(v -> v.id().version(), VersionOrder.INSTANCE);

    private final List<KnownVersion> versions;

    private KnownVersions(List<KnownVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    /** The versions made of {@code bundled} and the database's {@code records}. */
    static KnownVersions of(Map<RuleSetId, RuleSetSource> bundled, Collection<RuleSetRecord> records) {
        Map<RuleSetId, RuleSetRecord> recorded = new HashMap<>();
        for (RuleSetRecord r : records) {
            RuleSetSource shipped = bundled.get(r.id());
            if (r.origin() == RuleSetOrigin.UPLOADED && shipped != null) {
                LOG.warn("rule set {} was uploaded with hash {} but is now bundled with hash {}; the bundled files"
                        + " are used", r.id(), r.hash(), shipped.hash());
                continue;
            }
            recorded.put(r.id(), r);
        }
        Set<String> recordedActive = new HashSet<>();
        recorded.values().stream().filter(r -> r.status() == RuleSetStatus.ACTIVE)
                .forEach(r -> recordedActive.add(r.id().questionnaireId()));
        Map<String, RuleSetId> latestBundled = new HashMap<>();
        bundled.keySet().forEach(id -> latestBundled.merge(id.questionnaireId(), id,
                (a, b) -> VersionOrder.INSTANCE.compare(a.version(), b.version()) >= 0 ? a : b));
        List<KnownVersion> all = new ArrayList<>();
        bundled.forEach((id, source) -> {
            RuleSetRecord r = recorded.remove(id);
            RuleSetStatus status = r != null ? r.status()
                    : id.equals(latestBundled.get(id.questionnaireId())) && !recordedActive.contains(id.questionnaireId())
                    ? RuleSetStatus.ACTIVE : RuleSetStatus.RETIRED;
            all.add(new KnownVersion(id, source.hash(), RuleSetOrigin.BUNDLED, status,
                    source.manifest().questionnaireVersion(), r));
        });
        recorded.values().forEach(r -> all.add(new KnownVersion(r.id(), r.hash(), r.origin(), r.status(),
                r.questionnaireVersion(), r)));
        all.sort(ORDER);
        return new KnownVersions(all);
    }

    /** Every version, by questionnaire and version order. */
    public List<KnownVersion> all() {
        return versions;
    }

    /** Version {@code id}, if known. */
    public Optional<KnownVersion> find(RuleSetId id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The active version of questionnaire {@code questionnaireId}, if it has one. */
    public Optional<KnownVersion> active(String questionnaireId) {
        return versions.stream().filter(v -> v.id().questionnaireId().equals(questionnaireId)
                && v.status() == RuleSetStatus.ACTIVE).findFirst();
    }
}
