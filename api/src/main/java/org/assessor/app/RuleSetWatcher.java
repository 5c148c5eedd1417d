package org.assessor.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.assessor.rules.RuleSetId;
import org.assessor.store.RuleSetStatus;
import org.assessor.store.StorageFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings rule-set changes made on other nodes to this one, when several nodes share a database.
 * Every {@link #INTERVAL} it reads the lifecycle state of every rule-set version (a few small
 * rows: questionnaire, version, status, hash) and compares it with what it last saw. When they
 * differ, it calls {@link RuleSetService#refresh()}, which makes the version the database calls
 * active the active one here. It also compiles drafts uploaded elsewhere while it watches, so that
 * publishing one later only has to switch versions here. Drafts already stored when the node
 * starts are left until something asks for one (an impact analysis, a publish): a programme keeps
 * many, and compiling them all at every start would take a core and about 5 MB of heap each. A
 * version published on any node therefore rates new evaluations on this one within about a
 * second, plus the time to compile it if this node has not compiled it yet.
 *
 * <p>Polling, not PostgreSQL's LISTEN/NOTIFY: it needs no connection held open, works the same on
 * every database, and catches up by itself after an outage, because it compares states rather
 * than waiting for messages that may be lost. Its cost is one tiny query per second per node.
 * While the database does not answer, it logs that once and keeps trying. Thread-safe.
 */
public final class RuleSetWatcher implements AutoCloseable {
    /** How often the database is asked. */
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetWatcher.class);

    private final RuleSetService ruleSets;
    private final ScheduledExecutorService timer;
    // Both only touched on the timer thread.
    private List<String> lastSeen;
    private boolean unreachable;

    private RuleSetWatcher(RuleSetService ruleSets) {
        this.ruleSets = ruleSets;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "assessor-rule-set-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts watching for changes to {@code ruleSets} made through other nodes. */
    public static RuleSetWatcher start(RuleSetService ruleSets) {
        RuleSetWatcher watcher = new RuleSetWatcher(ruleSets);
        watcher.timer.scheduleWithFixedDelay(watcher::check, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** A watcher that looks only when {@link #check()} is called (for tests). */
    static RuleSetWatcher unstarted(RuleSetService ruleSets) {
        return new RuleSetWatcher(ruleSets);
    }

    /** Stops watching; a check under way finishes first. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timer.shutdownNow();
        }
    }

    /** One look at the database; never throws, so that the timer keeps running. */
    void check() {
        try {
            List<KnownVersion> versions = ruleSets.list().stream().map(RuleSetVersion::state).toList();
            List<String> state = versions.stream().map(v -> v.id().questionnaireId() + " " + v.id().version() + " "
                    + v.status().code() + " " + v.hash()).toList();
            if (unreachable) {
                LOG.info("the database answers again; rule-set changes made on other nodes are picked up again");
                unreachable = false;
            }
            if (state.equals(lastSeen)) {
                return;
            }
            if (lastSeen != null) {
                ruleSets.refresh();
                for (int i = 0; i < versions.size(); i++) {
                    if (versions.get(i).status() == RuleSetStatus.DRAFT && !lastSeen.contains(state.get(i))) {
                        compileDraft(versions.get(i).id());
                    }
                }
            }
            lastSeen = state;
        } catch (StorageFailed e) {
            if (!unreachable) {
                LOG.warn("rule-set changes made on other nodes are not picked up while the database does not"
                        + " answer: {}", e.getMessage());
                unreachable = true;
            }
        } catch (RuntimeException e) {
            LOG.error("cannot pick up rule-set changes made on other nodes", e);
        }
    }

    private void compileDraft(RuleSetId id) {
        try {
            ruleSets.compiled(id);
        } catch (RuleSetConflict e) {
            LOG.error("draft rule set {} cannot be compiled on this node: {}", id, e.getMessage());
        }
    }
}
