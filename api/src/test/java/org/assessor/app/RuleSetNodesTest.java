package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.assessor.StrictJson;
import org.assessor.access.Caller;
import org.assessor.access.Role;
import org.assessor.api.AuditPageView;
import org.assessor.api.ResultHistoryView;
import org.assessor.api.ResultJson;
import org.assessor.api.RuleSetVersionView;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;
import org.assessor.server.Assessor;
import org.assessor.store.AssessmentIds;
import org.assessor.store.Database;
import org.assessor.store.JdbcAssessmentStore;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.TestDatabase;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several nodes share one database: a version uploaded and published on one is known to every
 * other at once, and rates their evaluations once they refresh; a node started later comes up
 * with it active. Each node here is the engine and lifecycle a server builds, over its own
 * connection pool to one real database, on each kind of database (embedded H2, PostgreSQL).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RuleSetNodesTest {
    private static final RuleSetId DRAFT = new RuleSetId("demo", "1.1.0");

    @Parameter
    TestDatabase kind;
    @TempDir
    Path data;
    private final List<Database> databases = new ArrayList<>();
    private Supplier<Database> database;

    private record Node(Engine engine, RuleSetLifecycle lifecycle) {
        String ratesWith() {
            return ratesWith(Submissions.standard12("node", "partly", "yes"));
        }

        /** How a submission asking for rule-set version {@code version} is rated. */
        String ratesAskingFor(String version) {
            return ratesWith("{\"ruleSetVersion\": \"" + version + "\","
                    + Submissions.standard12("node", "partly", "yes").substring(1));
        }

        private String ratesWith(String submission) {
            AssessmentResult result = engine.evaluator().evaluate(engine.reader().read(
                    StrictJson.read(submission.getBytes())));
            return result.ruleSet().version() + " " + result.ruleSet().hash() + " " + result.overall().rating().code();
        }
    }

    @BeforeEach
    void create() {
        database = kind.fresh(data);
    }

    private Node start() {
        Database database = this.database.get();
        databases.add(database);
        EngineConfig config = FixtureServer.config(data).engine();
        Engine engine = Engine.start(config);
        return new Node(engine, Assessor.compose(engine, database.dataSource(), Clock.systemUTC()).lifecycle());
    }

    @AfterEach
    void close() {
        databases.forEach(Database::close);
    }

    @Test
    void aVersionPublishedOnOneNodeRatesOnEveryNodeAfterItRefreshesAndOnNodesStartedLater() {
        Node a = start();
        Node b = start();
        RuleSetSource draft = DemoDrafts.metFromHalf(DRAFT.version()).source();
        String bundled = a.ratesWith();
        Caller anna = new Caller("auditor-anna", Role.AUDITOR, null);

        a.lifecycle().ruleSets().upload(anna, "demo", StrictJson.read(Uploads.of(draft).getBytes()));
        assertThat(RuleSetVersionView.of(b.lifecycle().ruleSets().get(DRAFT)).status()).as("seen by b at once")
                .isEqualTo("draft");
        a.lifecycle().ruleSets().publish(anna, DRAFT);

        String published = "1.1.0 " + draft.hash() + " met";
        assertThat(a.ratesWith()).isEqualTo(published);
        assertThat(b.lifecycle().ruleSets().list().stream().map(RuleSetVersionView::of))
                .extracting(RuleSetVersionView::status)
                .containsExactly("retired", "active");
        assertThat(b.ratesWith()).as("b before it refreshes").isEqualTo(bundled);
        b.lifecycle().ruleSets().refresh();
        assertThat(b.ratesWith()).isEqualTo(published);
        assertThat(start().ratesWith()).as("a node started later").isEqualTo(published);
        assertThat(AuditPageView.of(b.lifecycle().audit().page(10, 0), 10).items())
                .extracting(e -> e.actor() + " " + e.action())
                .containsExactly("auditor-anna publish", "auditor-anna upload");
    }

    @Test
    void draftsStoredBeforeAStartWaitUntilAskedForWhileThoseUploadedElsewhereLaterAreCompiledAhead() {
        Node a = start();
        Caller anna = new Caller("auditor-anna", Role.AUDITOR, null);
        RuleSetId later = new RuleSetId("demo", "1.2.0");
        a.lifecycle().ruleSets().upload(anna, "demo",
                StrictJson.read(Uploads.of(DemoDrafts.metFromHalf(DRAFT.version()).source()).getBytes()));
        Node b = start();
        RuleSetService ruleSets = b.lifecycle().ruleSets();
        RuleSetWatcher watcher = RuleSetWatcher.unstarted(ruleSets);

        watcher.check();
        assertThat(ruleSets.isCompiled(DRAFT)).as("a draft stored before b started, at b's first look").isFalse();
        a.lifecycle().ruleSets().upload(anna, "demo",
                StrictJson.read(Uploads.of(DemoDrafts.metFromHalf(later.version()).source()).getBytes()));
        watcher.check();

        assertThat(ruleSets.isCompiled(later)).as("a draft uploaded through a while b watches").isTrue();
        assertThat(ruleSets.isCompiled(DRAFT)).isFalse();
        assertThat(ruleSets.compiled(DRAFT).id()).as("compiled when asked for").isEqualTo(DRAFT);
        assertThat(ruleSets.isCompiled(DRAFT)).isTrue();
    }

    @Test
    void aBundledVersionPublishedAgainStaysActiveAfterARestart() {
        Node a = start();
        Caller anna = new Caller("auditor-anna", Role.AUDITOR, null);
        a.lifecycle().ruleSets().upload(anna, "demo",
                StrictJson.read(Uploads.of(DemoDrafts.metFromHalf(DRAFT.version()).source()).getBytes()));
        a.lifecycle().ruleSets().publish(anna, DRAFT);
        a.lifecycle().ruleSets().publish(anna, new RuleSetId("demo", "1.0.0"));
        String bundled = a.ratesWith();
        assertThat(bundled).startsWith("1.0.0 ");

        String retired = a.ratesAskingFor(DRAFT.version());

        Node restarted = start();

        assertThat(restarted.ratesWith()).isEqualTo(bundled);
        assertThat(restarted.ratesAskingFor(DRAFT.version())).as("a retired uploaded version, as on the first node")
                .isEqualTo(retired).startsWith("1.1.0 ");
        assertThat(restarted.lifecycle().ruleSets().list().stream().map(RuleSetVersionView::of))
                .extracting(v -> v.version() + " " + v.status())
                .containsExactly("1.0.0 active", "1.1.0 retired");
    }

    @Test
    void reEvaluationRecordsTheCallersIdentity() {
        Node a = start();
        AssessmentService assessments = new AssessmentService(a.engine(),
                new JdbcAssessmentStore(databases.get(0).dataSource(), new ResultJson()),
                new AssessmentIds(Clock.systemUTC()));
        String stored = assessments.create(Caller.LOCAL, StrictJson.read(Submissions.standard12("who", "yes", "yes").getBytes())).id();

        a.lifecycle().results().reEvaluate(new Caller("auditor-ben", Role.AUDITOR, null), stored, null);

        assertThat(ResultHistoryView.of(a.lifecycle().results().results(stored)).results().get(1).by())
                .isEqualTo("auditor-ben");
        assertThat(AuditPageView.of(a.lifecycle().audit().page(1, 0), 1).items().get(0).actor())
                .isEqualTo("auditor-ben");
    }
}
