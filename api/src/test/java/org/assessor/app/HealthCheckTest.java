package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assessor.api.HealthView;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.store.Database;
import org.assessor.store.JdbcAssessmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health check reports the storage as it is: ok while the database answers, unavailable when it does not. */
class HealthCheckTest {
    @TempDir
    Path data;

    @Test
    void reportsTheStoragesState() {
        Database database = Database.embedded(data);
        HealthCheck health = new HealthCheck(new JdbcAssessmentStore(database.dataSource()), new RuleSetRegistry());

        assertThat(health.check()).isEqualTo(new HealthView("ok", "ok", 0));
        database.close();
        assertThat(health.check()).isEqualTo(new HealthView("unavailable", "unavailable", 0));
    }
}
