package org.assessor.store;

import org.assessor.api.ResultJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.assessor.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The JDBC store on each real database: embedded H2 in a temporary folder, and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JdbcAssessmentStoreTest {
    @Parameter
    TestDatabase kind;
    @TempDir
    Path data;
    private final AssessmentIds ids = new AssessmentIds(Clock.systemUTC());
    private Supplier<Database> fresh;
    private Database database;
    private JdbcAssessmentStore store;

    @BeforeEach
    void create() {
        fresh = kind.fresh(data);
        open();
    }

    private void open() {
        database = fresh.get();
        store = new JdbcAssessmentStore(database.dataSource(), new ResultJson());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void keepsAnAssessmentExactlyAsGiven() {
        StoredAssessment saved = assessment("site-1", "demo", null,
                "{\"a\":\"ünïcødé ✓ \\\"quoted\\\"\",\"n\":1.50}", "{\"id\":\"x\",\"text\":\"ünïcødé ✓\"}");
        store.save(saved);

        StoredAssessment found = store.find(saved.id()).orElseThrow();

        assertThat(found).isEqualTo(saved);
        assertThat(found.resultBytes()).isEqualTo(saved.resultBytes());
        assertThat(store.find(ids.next())).isEmpty();
    }

    @Test
    void keepsAssessmentsWhenReopened() {
        StoredAssessment saved = assessment("site-1", "demo", "baseline", "{}", "{\"big\":\"" + "x".repeat(2_000_000) + "\"}");
        store.save(saved);
        database.close();

        open();

        assertThat(store.find(saved.id())).contains(saved);
    }

    @Test
    void listsNewestFirstByFilterAndPage() {
        List<String> siteOneDemo = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            siteOneDemo.add(save("one", "demo"));
            save("two", "demo");
            save("one", "readiness");
        }
        List<String> newestFirst = new ArrayList<>(siteOneDemo);
        java.util.Collections.reverse(newestFirst);

        AssessmentPage first = store.list(new AssessmentQuery("one", "demo", 3, null));
        AssessmentPage second = store.list(new AssessmentQuery("one", "demo", 3, first.after()));

        assertThat(first.items()).extracting(AssessmentSummary::id).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(first.after()).isEqualTo(newestFirst.get(2));
        assertThat(second.items()).extracting(AssessmentSummary::id).containsExactlyElementsOf(newestFirst.subList(3, 5));
        assertThat(second.after()).isNull();
        assertThat(store.list(new AssessmentQuery("one", null, 100, null)).items()).hasSize(10);
        assertThat(store.list(new AssessmentQuery(null, "demo", 100, null)).items()).hasSize(10);
        assertThat(store.list(new AssessmentQuery(null, null, 100, null)).items()).hasSize(15);
        assertThat(store.list(new AssessmentQuery("three", null, 100, null)).items()).isEmpty();
    }

    @Test
    void aFailedSaveWritesNothingAndChangesNothing() {
        StoredAssessment saved = assessment("site-1", "demo", null, "{}", "{\"first\":true}");
        store.save(saved);
        StoredAssessment sameId = new StoredAssessment(saved.summary(), "{}", "{\"second\":true}");

        assertThatThrownBy(() -> store.save(sameId)).isInstanceOf(StorageFailed.class);

        assertThat(store.find(saved.id())).contains(saved);
        assertThat(store.list(new AssessmentQuery(null, null, 100, null)).items()).hasSize(1);
    }

    @Test
    void answersTheHealthCheckWhileOpenAndFailsItWhenClosed() {
        store.check();
        database.close();

        assertThatThrownBy(store::check).isInstanceOf(StorageFailed.class);
        open();
    }

    private String save(String site, String questionnaire) {
        StoredAssessment a = assessment(site, questionnaire, null, "{}", "{}");
        store.save(a);
        return a.id();
    }

    private StoredAssessment assessment(String site, String questionnaire, String cycle, String submission,
                                        String result) {
        String id = ids.next();
        return new StoredAssessment(new AssessmentSummary(id, AssessmentIds.timeOf(id), questionnaire, "1.0.0",
                "1.0.0", "sha256:00", site, "Site " + site, "self", cycle, "met"), submission, result);
    }
}
