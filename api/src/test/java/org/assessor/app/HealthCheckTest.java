package org.assessor.app;

import org.assessor.api.ResultJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assessor.api.HealthView;
import org.assessor.api.ReadinessView;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.sandbox.SandboxGuard;
import org.assessor.testing.FixtureServer;
import org.assessor.store.Database;
import org.assessor.store.JdbcAssessmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health check reports the storage as it is: ok while the database answers, unavailable when
 * it does not; readiness also waits for every rule set to compile.
 */
class HealthCheckTest {
    @TempDir
    Path data;

    @Test
    void reportsTheStoragesState() {
        Database database = Database.embedded(data);
        HealthCheck health = new HealthCheck(new JdbcAssessmentStore(database.dataSource(), new ResultJson()),
                new RuleSetRegistry());

        assertThat(HealthView.of(health.check())).isEqualTo(new HealthView("ok", "ok", 0));
        database.close();
        assertThat(HealthView.of(health.check())).isEqualTo(new HealthView("unavailable", "unavailable", 0));
    }

    @Test
    void isNotReadyUntilEveryRuleSetHasCompiled() throws Exception {
        Database database = Database.embedded(data);
        RuleSetRegistry ruleSets = new RuleSetRegistry();
        HealthCheck health = new HealthCheck(new JdbcAssessmentStore(database.dataSource(), new ResultJson()),
                ruleSets);
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService compiling = Executors.newSingleThreadExecutor();
        try {
            compiling.execute(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompiledRuleSet demo = new RuleSetCompiler(new SandboxGuard())
                    .compileInBackground(RuleSetSource.fromFolder(FixtureServer.RULES.resolve("demo/1.0.0")), compiling);
            ruleSets.register(demo);
            ruleSets.activate(demo.id());

            assertThat(ReadinessView.of(health.readiness()))
                    .isEqualTo(new ReadinessView("starting", "ok", "compiling", 1));
            assertThat(HealthView.of(health.check()).status()).as("alive all the same").isEqualTo("ok");
            gate.countDown();
            demo.awaitCompiled();
            assertThat(ReadinessView.of(health.readiness())).isEqualTo(new ReadinessView("ready", "ok", "compiled", 1));
            database.close();
            assertThat(ReadinessView.of(health.readiness()))
                    .isEqualTo(new ReadinessView("unavailable", "unavailable", "compiled", 1));
        } finally {
            compiling.shutdownNow();
            database.close();
        }
    }
}
