package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.assessor.StrictJson;
import org.assessor.access.Caller;
import org.assessor.app.Engine;
import org.assessor.app.ImpactQuery;
import org.assessor.rules.RuleSetId;
import org.assessor.server.Assessor;
import org.assessor.store.Database;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The impact page's background analyses, over a real engine and a real H2 database: a request
 * that does not wait gets a running analysis whose progress grows to the total; the finished result
 * is kept for the next request; asking again starts afresh; and the running page says how far it
 * has got.
 */
class ImpactRunsTest {
    @TempDir
    Path data;

    @Test
    void aLongAnalysisShowsItsProgressThenItsResultIsKeptUntilAskedAgain() throws Exception {
        try (Database database = Database.embedded(data)) {
            Engine engine = Engine.start(FixtureServer.config(data).engine());
            Assessor assessor = Assessor.compose(engine, database.dataSource(), Clock.systemUTC());
            for (int i = 0; i < 40; i++) {
                assessor.assessments().create(Caller.LOCAL, StrictJson.read((i % 2 == 0
                        ? Submissions.strong("site-" + i) : Submissions.weak("site-" + i)).getBytes()));
            }
            RuleSetId active = new RuleSetId("demo", "1.0.0");
            ImpactQuery everything = new ImpactQuery(null, null, null, ImpactQuery.DEFAULT_LIMIT);
            try (ImpactRuns runs = new ImpactRuns(assessor.lifecycle().impact(), Clock.systemUTC(), Duration.ZERO)) {
                ImpactRuns.Run run = runs.run(active, everything, false);
                long deadline = System.currentTimeMillis() + 30_000;
                while (!run.finished() && System.currentTimeMillis() < deadline) {
                    assertThat(run.done()).isLessThanOrEqualTo(Math.max(run.total(), 0));
                    Thread.sleep(5);
                }
                assertThat(run.finished()).isTrue();
                assertThat(run.total()).isEqualTo(40);
                assertThat(run.done()).isEqualTo(40);
                assertThat(run.percent()).isEqualTo(100);
                assertThat(run.result().assessments().total()).isEqualTo(40);

                assertThat(runs.run(active, everything, false)).as("kept for the next request").isSameAs(run);
                assertThat(runs.run(active, everything, true)).as("asked again: afresh").isNotSameAs(run);
            }
        }
    }

    @Test
    void theRunningPageSaysHowFarItHasGotAndHowToLookAgain() {
        RuleSetList.Row row = new RuleSetList.Row("demo", "1.1.0", "draft", "sha256:abc", "uploaded", "an auditor", "", "");
        String html = new Pages().html("rulesets/impact-running.jte", new Page("Working out", "n0nce", "csrf",
                Optional.empty(), false), new ImpactRunning(row, 250, 1000, 25, "/rulesets/demo/1.1.0/impact?site=x"));
        assertThat(html).contains("250 of 1000 stored assessments analysed (25%)")
                .contains("href=\"/rulesets/demo/1.1.0/impact?site=x\"").contains("data-impact-running");
    }
}
