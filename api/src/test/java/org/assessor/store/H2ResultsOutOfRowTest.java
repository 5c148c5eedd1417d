package org.assessor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.assessor.api.ResultJson;
import org.assessor.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 database's own migration (db/h2): explained results leave the row. */
class H2ResultsOutOfRowTest {
    @TempDir
    Path data;

    /**
     * Results stored before their column left the row (V10) read back character for
     * character afterwards, and the column is a large object, so that scans no longer decode them.
     */
    @Test
    void storedResultsSurviveMovingOutOfTheRow() throws SQLException {
        String json = "{\"id\":\"x\",\"text\":\"" + "caf\u00e9 \u2014 \u00fcber ".repeat(10_000) + "\"}";
        AssessmentIds ids = new AssessmentIds(Clock.systemUTC());
        String id = ids.next();
        StoredAssessment saved = new StoredAssessment(new AssessmentSummary(id, AssessmentIds.timeOf(id), "demo",
                "1.0.0", "1.0.0", "sha256:00", "site", "Site", "self", null, "met"), "{}", json);
        try (Database before = TestDatabase.H2.fresh(data).get()) {
            Flyway.configure().dataSource(before.dataSource()).locations(Database.migrations(true))
                    .cleanDisabled(false).load().clean();
            Flyway.configure().dataSource(before.dataSource()).locations(Database.migrations(true)).target("9")
                    .load().migrate();
            assertThat(columnType(before)).isEqualTo("CHARACTER VARYING");
            new JdbcAssessmentStore(before.dataSource(), new ResultJson()).save(saved);
        }

        try (Database after = TestDatabase.H2.fresh(data).get()) {
            assertThat(columnType(after)).isEqualTo("CHARACTER LARGE OBJECT");
            assertThat(new JdbcAssessmentStore(after.dataSource(), new ResultJson()).find(id)).contains(saved);
        }
    }

    private static String columnType(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery("SELECT DATA_TYPE FROM"
                     + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ASSESSMENT' AND COLUMN_NAME = 'RESULT_JSON'")) {
            row.next();
            return row.getString(1);
        }
    }
}
