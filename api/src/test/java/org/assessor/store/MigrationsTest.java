package org.assessor.store;

import org.assessor.api.ResultJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.function.Supplier;
import org.assessor.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Upgrades, on each database: opening migrates a database once and then finds nothing to do, and
 * a node of this release still starts and stores on a schema that a newer release has already
 * migrated, as happens midway through a rolling upgrade (Flyway ignores migrations from the
 * future).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class MigrationsTest {
    @Parameter
    TestDatabase kind;
    @TempDir
    Path data;

    @Test
    void aNodeOfThisReleaseWorksOnASchemaMigratedByANewerOne() {
        Supplier<Database> fresh = kind.fresh(data);
        try (Database newer = fresh.get()) {
            List<String> locations = new ArrayList<>(List.of(Database.migrations(kind == TestDatabase.H2)));
            locations.add("classpath:db/future");
            Flyway.configure().dataSource(newer.dataSource()).locations(locations.toArray(String[]::new)).load()
                    .migrate();
        }

        try (Database older = fresh.get()) {
            JdbcAssessmentStore store = new JdbcAssessmentStore(older.dataSource(), new ResultJson());
            AssessmentIds ids = new AssessmentIds(Clock.systemUTC());
            String id = ids.next();
            StoredAssessment saved = new StoredAssessment(new AssessmentSummary(id, AssessmentIds.timeOf(id), "demo",
                    "1.0.0", "1.0.0", "sha256:00", "site", "Site", "self", null, "met"), "{}",
                    "{\"id\":\"" + id + "\"}");
            store.save(saved);
            assertThat(store.find(id)).contains(saved);
        }
    }

    @Test
    void reopeningFindsNothingToMigrate() {
        Supplier<Database> fresh = kind.fresh(data);
        fresh.get().close();

        try (Database again = fresh.get()) {
            assertThat(Flyway.configure().dataSource(again.dataSource())
                    .locations(Database.migrations(kind == TestDatabase.H2)).load().info().pending()).isEmpty();
        }
    }
}
