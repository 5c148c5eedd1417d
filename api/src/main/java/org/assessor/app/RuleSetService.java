package org.assessor.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assessor.Ids;
import org.assessor.access.Caller;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetSource;
import org.assessor.store.AuditAction;
import org.assessor.store.AuditEntry;
import org.assessor.store.RuleSetOrigin;
import org.assessor.store.RuleSetRecord;
import org.assessor.store.RuleSetStatus;
import org.assessor.store.RuleSetStore;
import org.assessor.store.RuleSetVersionExists;
import org.assessor.store.StorageFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auditor's rule-set lifecycle: upload a verified draft, publish it (the previous active
 * version is retired), retire a version, list and read versions. The database is the record of
 * every decision, so that all nodes sharing it agree; {@link #refresh()} brings this node's
 * compiled rule sets in line with it. Lifecycle changes on one node are serialised; evaluations
 * never wait for them, and switch version atomically. Thread-safe.
 */
public final class RuleSetService {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetService.class);

    private final Engine engine;
    private final Map<RuleSetId, RuleSetSource> bundled;
    private final RuleSetStore store;
    private final CompiledVersions compiled;
    private final Clock clock;
    private final RuleSetViews views;
    private final Object changes = new Object();

    /**
     * @param engine the engine, whose compiled rule sets at this moment are the bundled versions
     * @param store  where uploaded versions and lifecycle decisions are kept
     */
    public RuleSetService(Engine engine, RuleSetStore store, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
        this.bundled = engine.ruleSets().all().stream()
                .collect(Collectors.toUnmodifiableMap(CompiledRuleSet::id, CompiledRuleSet::source));
        this.compiled = new CompiledVersions(engine.ruleSets(), engine.compiler(), engine.publishedCompiler(),
                store);
        this.views = new RuleSetViews(bundled, compiled, store);
    }

    /** A rule-set version just uploaded, or found to be there already with the same content. */
    public record Uploaded(RuleSetVersion version, boolean created) {
    }

    /** Every version, by questionnaire and version order. */
    public List<RuleSetVersion> list() {
        return known().all().stream().map(v -> views.of(v, false)).toList();
    }

    /**
     * Version {@code id} with its files.
     *
     * @throws NoSuchRuleSet if there is none
     */
    public RuleSetVersion get(RuleSetId id) {
        return views.of(version(id), true);
    }

    /**
     * Verifies the upload {@code body} to questionnaire {@code questionnaireId} (compiled in the
     * sandbox, checked for unknown ids and gaps, its own test cases run) and keeps it as a draft.
     * Uploading the same files again under the same version changes nothing.
     *
     * @throws NoSuchQuestionnaire  if there is no such questionnaire
     * @throws RuleSetUploadInvalid if the body is not an upload
     * @throws RuleSetInvalid       listing every problem with its file and line; nothing is kept
     * @throws RuleSetConflict      if the version exists with other content
     */
    public Uploaded upload(Caller caller, String questionnaireId, JsonNode body) {
        if (!Ids.isValid(questionnaireId) || !engine.questionnaires().contains(questionnaireId)) {
            throw new NoSuchQuestionnaire("no questionnaire '" + questionnaireId + "'");
        }
        RuleSetUpload upload = RuleSetUpload.read(body);
        RuleSetSource source = upload.source(questionnaireId);
        Optional<Uploaded> same = existing(source);
        if (same.isPresent()) {
            return same.get();
        }
        CompiledRuleSet draft = engine.verifier().verify(source, true).compiledOrThrow();
        Instant now = clock.instant();
        RuleSetRecord record = new RuleSetRecord(source.id(), source.hash(), RuleSetOrigin.UPLOADED,
                RuleSetStatus.DRAFT, source.manifest().questionnaireVersion(), now, caller.id(), now);
        synchronized (changes) {
            try {
                same = existing(source);
                if (same.isPresent()) {
                    return same.get();
                }
                store.addDraft(record, upload.files(), entry(caller, AuditAction.UPLOAD, source.id(), source.hash())
                        .withDetail(source.fileNames().size() + " files"));
                compiled.addDraft(draft);
            } catch (RuleSetVersionExists raced) {
                return existing(source).orElseThrow(() -> raced);
            }
        }
        LOG.info("rule set {} uploaded by {} as a draft ({})", source.id(), caller.id(), source.hash());
        return new Uploaded(summary(source.id()), true);
    }

    /**
     * Makes version {@code id} the active one of its questionnaire; the version active until now
     * is retired. New evaluations use it from the moment this returns; evaluations under way
     * finish with the version they started with. Publishing the active version changes nothing.
     *
     * @throws NoSuchRuleSet   if there is no such version
     * @throws RuleSetConflict if it cannot be compiled on this node
     */
    public RuleSetVersion publish(Caller caller, RuleSetId id) {
        synchronized (changes) {
            KnownVersions known = known();
            KnownVersion version = known.find(id).orElseThrow(() -> noSuch(id));
            if (version.status() != RuleSetStatus.ACTIVE) {
                compiled.get(version);
                Optional<KnownVersion> previous = known.active(id.questionnaireId());
                String replaces = previous.map(v -> "replaces " + v.id().version()).orElse("no version was active");
                Instant now = clock.instant();
                store.publish(version.recordOrNew(now, caller), previous.filter(v -> v.record() == null)
                                .map(v -> v.recordOrNew(now, caller)).orElse(null),
                        entry(caller, AuditAction.PUBLISH, id, version.hash()).withDetail(replaces));
                compiled.get(known().find(id).orElseThrow());
                compiled.activate(id);
                LOG.info("rule set {} published by {} ({}; {})", id, caller.id(), version.hash(), replaces);
            }
        }
        return summary(id);
    }

    /**
     * Retires version {@code id}: it stays available for re-evaluation and for reading, and is
     * never active again unless published. Retiring a retired version changes nothing.
     *
     * @throws NoSuchRuleSet   if there is no such version
     * @throws RuleSetConflict if it is the active version (publish another one first)
     */
    public RuleSetVersion retire(Caller caller, RuleSetId id) {
        synchronized (changes) {
            KnownVersion version = version(id);
            if (version.status() == RuleSetStatus.ACTIVE) {
                throw new RuleSetConflict("rule set " + id + " is the active version of questionnaire "
                        + id.questionnaireId() + "; publish another version first, which retires this one");
            }
            if (version.status() == RuleSetStatus.DRAFT) {
                store.retire(version.recordOrNew(clock.instant(), caller),
                        entry(caller, AuditAction.RETIRE, id, version.hash()));
                compiled.find(id).ifPresent(c -> compiled.get(known().find(id).orElseThrow()));
                LOG.info("rule set {} retired by {} ({})", id, caller.id(), version.hash());
            }
        }
        return summary(id);
    }

    /**
     * Brings this node in line with the database: for each questionnaire, the version the
     * database says is active becomes active here; every published version (active or retired)
     * is compiled from the stored files if this node lacks it, so that a submission naming one
     * is rated alike on every node; versions published elsewhere leave this node's drafts. Drafts
     * are compiled only when first needed. A version that cannot be compiled is logged and left;
     * its questionnaire keeps its present active version.
     */
    public void refresh() {
        synchronized (changes) {
            KnownVersions known = known();
            for (KnownVersion version : known.all()) {
                boolean activeHere = compiled.activeId(version.id().questionnaireId())
                        .filter(version.id()::equals).isPresent();
                try {
                    if (version.status() == RuleSetStatus.ACTIVE && !activeHere) {
                        compiled.get(version);
                        compiled.activate(version.id());
                        LOG.info("rule set {} is now active ({})", version.id(), version.hash());
                    } else if (version.status() != RuleSetStatus.DRAFT || compiled.find(version.id()).isPresent()) {
                        compiled.get(version);
                    }
                } catch (RuleSetConflict | StorageFailed e) {
                    LOG.error("rule set {} cannot be used on this node: {}", version.id(), e.getMessage());
                }
            }
        }
    }

    /**
     * Version {@code id}, compiled.
     *
     * @throws NoSuchRuleSet   if there is no such version
     * @throws RuleSetConflict if its stored files do not compile
     */
    public CompiledRuleSet compiled(RuleSetId id) {
        return compiled.get(version(id));
    }

    /** Whether version {@code id} is compiled on this node already. */
    boolean isCompiled(RuleSetId id) {
        return compiled.find(id).isPresent();
    }

    /**
     * The active version of questionnaire {@code questionnaireId} as the database has it, compiled.
     *
     * @throws NoSuchRuleSet if it has none
     */
    public CompiledRuleSet active(String questionnaireId) {
        return compiled.get(known().active(questionnaireId).orElseThrow(() ->
                new NoSuchRuleSet("questionnaire '" + questionnaireId + "' has no active rule set")));
    }

    /**
     * The lifecycle state of version {@code id}.
     *
     * @throws NoSuchRuleSet if there is no such version
     */
    public KnownVersion version(RuleSetId id) {
        return known().find(id).orElseThrow(() -> noSuch(id));
    }

    private RuleSetVersion summary(RuleSetId id) {
        return views.of(version(id), false);
    }

    private KnownVersions known() {
        return KnownVersions.of(bundled, store.list());
    }

    private Optional<Uploaded> existing(RuleSetSource source) {
        return known().find(source.id()).map(v -> {
            if (!v.hash().equals(source.hash())) {
                throw new RuleSetConflict("rule set " + v.id() + " already exists (" + v.origin().code() + ", "
                        + v.status().code() + ") with other content (" + v.hash() + "); a stored version never"
                        + " changes, so upload your files under a new version");
            }
            return new Uploaded(views.of(v, false), false);
        });
    }

    private AuditEntry entry(Caller caller, AuditAction action, RuleSetId id, String hash) {
        return AuditEntry.of(clock.instant(), caller.id(), action, id.questionnaireId(), id.version(), hash);
    }

    private static NoSuchRuleSet noSuch(RuleSetId id) {
        return new NoSuchRuleSet("no rule set " + id);
    }
}
