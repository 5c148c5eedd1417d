package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.sandbox.SandboxGuard;
import org.assessor.store.AuditEntry;
import org.assessor.store.RuleSetOrigin;
import org.assessor.store.RuleSetRecord;
import org.assessor.store.RuleSetStatus;
import org.assessor.store.RuleSetStore;
import org.assessor.testing.DemoDrafts;
import org.junit.jupiter.api.Test;

/**
 * Compiling versions on demand: an analysis that asks for one draft just after a start must not
 * wait while the watcher compiles another, and a version asked for twice at once is compiled once.
 */
class CompiledVersionsTest {
    private static final RuleSetSource SLOW = DemoDrafts.copy("1.0.1").source();
    private static final RuleSetSource ASKED = DemoDrafts.metFromHalf("1.0.2").source();

    @Test
    void aVersionAskedForDoesNotWaitForTheCompilationOfAnother() throws Exception {
        HeldBackStore store = new HeldBackStore(SLOW.id(), SLOW, ASKED);
        RuleSetCompiler compiler = new RuleSetCompiler(new SandboxGuard());
        CompiledVersions versions = new CompiledVersions(new RuleSetRegistry(), compiler, compiler, store);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<CompiledRuleSet> slow = threads.submit(() -> versions.get(draft(SLOW)));
            assertThat(store.heldBack.await(30, TimeUnit.SECONDS)).as("the other draft's compilation started").isTrue();

            CompiledRuleSet asked = threads.submit(() -> versions.get(draft(ASKED))).get(60, TimeUnit.SECONDS);

            assertThat(asked.id()).isEqualTo(ASKED.id());
            assertThat(slow).isNotDone();
            store.release.countDown();
            assertThat(slow.get(60, TimeUnit.SECONDS).id()).isEqualTo(SLOW.id());
        } finally {
            store.release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aVersionAskedForTwiceAtOnceIsCompiledOnce() throws Exception {
        HeldBackStore store = new HeldBackStore(SLOW.id(), SLOW);
        RuleSetCompiler compiler = new RuleSetCompiler(new SandboxGuard());
        CompiledVersions versions = new CompiledVersions(new RuleSetRegistry(), compiler, compiler, store);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<CompiledRuleSet> first = callers.submit(() -> versions.get(draft(SLOW)));
            assertThat(store.heldBack.await(30, TimeUnit.SECONDS)).isTrue();
            Future<CompiledRuleSet> second = callers.submit(() -> versions.get(draft(SLOW)));
            store.release.countDown();

            assertThat(second.get(60, TimeUnit.SECONDS)).isSameAs(first.get(60, TimeUnit.SECONDS));
            assertThat(store.reads).isEqualTo(1);
        } finally {
            store.release.countDown();
            callers.shutdownNow();
        }
    }

    private static KnownVersion draft(RuleSetSource source) {
        return new KnownVersion(source.id(), source.hash(), RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT,
                source.manifest().questionnaireVersion(), null);
    }

    /** Drafts' files held in memory; reading {@code slow}'s waits until {@link #release} opens. */
    private static final class HeldBackStore implements RuleSetStore {
        final CountDownLatch heldBack = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final Map<RuleSetId, Map<String, byte[]>> files = new LinkedHashMap<>();
        final RuleSetId slow;
        volatile int reads;

        HeldBackStore(RuleSetId slow, RuleSetSource... drafts) {
            this.slow = slow;
            for (RuleSetSource draft : drafts) {
                Map<String, byte[]> named = new LinkedHashMap<>();
                draft.fileNames().forEach(name -> named.put(name, draft.bytes(name)));
                files.put(draft.id(), named);
            }
        }

        @Override
        public Map<String, byte[]> files(RuleSetId id) {
            if (id.equals(slow)) {
                reads++;
                heldBack.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return files.get(id);
        }

        @Override
        public List<RuleSetRecord> list() {
            return List.of();
        }

        @Override
        public Optional<RuleSetRecord> find(RuleSetId id) {
            return Optional.empty();
        }

        @Override
        public void addDraft(RuleSetRecord draft, Map<String, byte[]> files, AuditEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void publish(RuleSetRecord version, RuleSetRecord unrecordedPrevious, AuditEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void retire(RuleSetRecord version, AuditEntry entry) {
            throw new UnsupportedOperationException();
        }
    }
}
