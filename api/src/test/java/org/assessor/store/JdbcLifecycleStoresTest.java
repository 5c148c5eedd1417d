package org.assessor.store;

import org.assessor.api.ResultJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assessor.rules.RuleSetId;
import org.assessor.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule-set store, the result history, the assessment scan and the audit log on each real
 * database (embedded H2, PostgreSQL): what they write together commits together, and the audit
 * log only grows.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JdbcLifecycleStoresTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final RuleSetId DRAFT = new RuleSetId("demo", "1.1.0");

    @Parameter
    TestDatabase kind;
    @TempDir
    Path data;
    private final AssessmentIds ids = new AssessmentIds(Clock.systemUTC());
    private Database database;
    private JdbcRuleSetStore ruleSets;
    private JdbcAuditLog audit;

    @BeforeEach
    void open() {
        database = kind.fresh(data).get();
        ruleSets = new JdbcRuleSetStore(database.dataSource());
        audit = new JdbcAuditLog(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static RuleSetRecord record(RuleSetId id, RuleSetOrigin origin, RuleSetStatus status) {
        return new RuleSetRecord(id, "sha256:" + id.version(), origin, status, "1.0.0", NOW, "anna", NOW);
    }

    private static AuditEntry entry(AuditAction action, RuleSetId id) {
        return AuditEntry.of(NOW, "anna", action, id.questionnaireId(), id.version(), "sha256:" + id.version());
    }

    private List<AuditEntry> wholeLog() {
        return audit.page(100, 0).entries();
    }

    @Test
    void keepsAnUploadedVersionsFilesExactlyTextOrBinary() {
        byte[] spreadsheet = {0x50, 0x4b, 0x03, 0x04, (byte) 0xff, 0x00};
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> files = Map.of("manifest.json", "{\"a\": \"ünïcødé\"}".getBytes(StandardCharsets.UTF_8),
                "20-rate.drl.xlsx", spreadsheet, "10-odd.drl", latin1);

        ruleSets.addDraft(record(DRAFT, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT), files,
                entry(AuditAction.UPLOAD, DRAFT));

        Map<String, byte[]> read = ruleSets.files(DRAFT);
        assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        files.forEach((name, bytes) -> assertThat(read.get(name)).as(name).isEqualTo(bytes));
        assertThat(ruleSets.find(DRAFT)).contains(record(DRAFT, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT));
        assertThat(wholeLog()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPLOAD);
            assertThat(e.actor()).isEqualTo("anna");
            assertThat(e.hash()).isEqualTo("sha256:1.1.0");
        });
    }

    @Test
    void refusesASecondVersionUnderTheSameIdAndWritesNothingOfIt() {
        ruleSets.addDraft(record(DRAFT, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT), Map.of("a.drl", new byte[] {1}),
                entry(AuditAction.UPLOAD, DRAFT));
        RuleSetRecord other = new RuleSetRecord(DRAFT, "sha256:other", RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT,
                "1.0.0", NOW, "bob", NOW);

        assertThatThrownBy(() -> ruleSets.addDraft(other, Map.of("b.drl", new byte[] {2}),
                entry(AuditAction.UPLOAD, DRAFT))).isInstanceOf(RuleSetVersionExists.class);

        assertThat(ruleSets.files(DRAFT)).containsOnlyKeys("a.drl");
        assertThat(ruleSets.find(DRAFT).orElseThrow().hash()).isEqualTo("sha256:1.1.0");
        assertThat(wholeLog()).hasSize(1);
    }

    @Test
    void publishingRetiresWhateverWasActiveAndRecordsABundledPredecessor() {
        RuleSetId bundled = new RuleSetId("demo", "1.0.0");
        RuleSetId second = new RuleSetId("demo", "1.2.0");
        ruleSets.addDraft(record(DRAFT, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT), Map.of(),
                entry(AuditAction.UPLOAD, DRAFT));
        ruleSets.addDraft(record(second, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT), Map.of(),
                entry(AuditAction.UPLOAD, second));

        ruleSets.publish(record(DRAFT, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT),
                record(bundled, RuleSetOrigin.BUNDLED, RuleSetStatus.ACTIVE), entry(AuditAction.PUBLISH, DRAFT));
        ruleSets.publish(ruleSets.find(second).orElseThrow(), null, entry(AuditAction.PUBLISH, second));

        assertThat(ruleSets.list()).extracting(r -> r.id().version() + " " + r.origin().code() + " " + r.status().code())
                .containsExactly("1.0.0 bundled retired", "1.1.0 uploaded retired", "1.2.0 uploaded active");
        assertThat(wholeLog()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PUBLISH, AuditAction.PUBLISH, AuditAction.UPLOAD, AuditAction.UPLOAD);
    }

    @Test
    void publishingRetiresABundledPredecessorWhoseIdAnOldUploadStillHolds() {
        RuleSetId next = new RuleSetId("demo", "1.2.0");
        ruleSets.addDraft(record(DRAFT, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT), Map.of("a.drl", new byte[] {1}),
                entry(AuditAction.UPLOAD, DRAFT));
        ruleSets.addDraft(record(next, RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT), Map.of(),
                entry(AuditAction.UPLOAD, next));

        ruleSets.publish(ruleSets.find(next).orElseThrow(), record(DRAFT, RuleSetOrigin.BUNDLED, RuleSetStatus.ACTIVE),
                entry(AuditAction.PUBLISH, next));

        assertThat(ruleSets.list()).extracting(r -> r.id().version() + " " + r.status().code())
                .containsExactly("1.1.0 retired", "1.2.0 active");
        assertThat(ruleSets.files(DRAFT)).containsOnlyKeys("a.drl");
    }

    @Test
    void theDatabaseItselfRefusesTwoActiveVersionsOfOneQuestionnaire() throws SQLException {
        RuleSetId other = new RuleSetId("demo", "1.2.0");
        ruleSets.publish(record(DRAFT, RuleSetOrigin.BUNDLED, RuleSetStatus.RETIRED), null,
                entry(AuditAction.PUBLISH, DRAFT));
        ruleSets.retire(record(other, RuleSetOrigin.BUNDLED, RuleSetStatus.RETIRED), entry(AuditAction.RETIRE, other));

        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE rule_set SET status = 'active', active_for ="
                    + " 'demo' WHERE version = '1.2.0'")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void numbersResultsInOrderAndWritesEachWithItsAuditEntry() {
        String id = ids.next();
        new JdbcAssessmentStore(database.dataSource(), new ResultJson())
                .save(new StoredAssessment(new AssessmentSummary(id, NOW, "demo",
                "1.0.0", "1.0.0", "sha256:a", "s1", "Site", "self", null, "met"), "{}", "{}"));
        JdbcResultHistory history = new JdbcResultHistory(database.dataSource(), new ResultJson());
        StoredResult result = new StoredResult(0, NOW, "anna", "1.1.0", "sha256:b", "partly-met", "{\"n\": 1}");

        int first = history.add(id, result, entry(AuditAction.RE_EVALUATE, DRAFT).withAssessment(id));
        int second = history.add(id, result, entry(AuditAction.RE_EVALUATE, DRAFT).withAssessment(id));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(history.list(id)).extracting(StoredResult::number).containsExactly(1, 2);
        assertThat(history.find(id, 2)).hasValueSatisfying(r -> assertThat(r.resultJson()).isEqualTo("{\"n\": 1}"));
        assertThat(history.find(id, 3)).isEmpty();
        assertThat(wholeLog()).extracting(AuditEntry::detail).containsExactly("result 2", "result 1");
        assertThatThrownBy(() -> history.add(ids.next(), result, entry(AuditAction.RE_EVALUATE, DRAFT)))
                .as("no such assessment").isInstanceOf(StorageFailed.class);
        assertThat(wholeLog()).hasSize(2);
    }

    @Test
    void scansOneQuestionnairesAssessmentsByFilterWithRatingsOnlyOfTheHashAskedFor() {
        JdbcAssessmentStore store = new JdbcAssessmentStore(database.dataSource(), new ResultJson());
        List<String> saved = new ArrayList<>();
        String[][] rows = {{"demo", "s1", "sha256:a"}, {"demo", "s2", "sha256:b"}, {"other", "s1", "sha256:a"},
                {"demo", "s1", "sha256:b"}};
        for (int i = 0; i < rows.length; i++) {
            String id = ids.next();
            saved.add(id);
            store.save(new StoredAssessment(new AssessmentSummary(id, NOW.plus(Duration.ofDays(i)), rows[i][0],
                    "1.0.0", "1.0.0", rows[i][2], rows[i][1], "Site", "self", null, "met"), "{\"i\": " + i + "}",
                    "{\"result\": " + i + "}", i == 3 ? "{\"ratings\": 3}" : null));
        }
        JdbcAssessmentScan scan = new JdbcAssessmentScan(database.dataSource());
        List<ScannedAssessment> all = new ArrayList<>();

        scan.forEach(new ScanFilter("demo", null, null, null), "sha256:b", all::add);

        assertThat(all).extracting(ScannedAssessment::id).containsExactly(saved.get(0), saved.get(1), saved.get(3));
        assertThat(all).as("the compact ratings where stored, else the full result")
                .extracting(ScannedAssessment::ratingsJson).containsExactly(null, "{\"result\": 1}",
                        "{\"ratings\": 3}");
        assertThat(scan.count(new ScanFilter("demo", "s1", null, null))).isEqualTo(2);
        assertThat(scan.count(new ScanFilter("demo", null, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)))))
                .isEqualTo(1);
        assertThat(scan.count(new ScanFilter("nothing", null, null, null))).isZero();
    }

    @Test
    void pagesTheAuditLogNewestFirst() {
        for (int i = 0; i < 5; i++) {
            RuleSetId id = new RuleSetId("demo", "0." + i);
            ruleSets.retire(record(id, RuleSetOrigin.BUNDLED, RuleSetStatus.RETIRED), entry(AuditAction.RETIRE, id));
        }

        AuditPage first = audit.page(2, 0);
        AuditPage second = audit.page(2, first.before());
        AuditPage last = audit.page(2, second.before());

        assertThat(first.entries()).extracting(AuditEntry::version).containsExactly("0.4", "0.3");
        assertThat(second.entries()).extracting(AuditEntry::version).containsExactly("0.2", "0.1");
        assertThat(last.entries()).extracting(AuditEntry::version).containsExactly("0.0");
        assertThat(last.before()).isZero();
    }
}
