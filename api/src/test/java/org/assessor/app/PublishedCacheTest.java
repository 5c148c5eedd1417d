package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.BundledData;
import org.assessor.StrictJson;
import org.assessor.access.Caller;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;
import org.assessor.server.Assessor;
import org.assessor.store.Database;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published version is kept compiled in the data folder, so that a restarted node reads it
 * instead of compiling it; a draft never is.
 */
class PublishedCacheTest {
    private static final String Q = "organisational-change";

    @TempDir
    Path data;

    @Test
    void aPublishedVersionIsReadAfterARestartAndADraftIsNeverKept() {
        Path cache = data.resolve("compiled-rules");
        RuleSetSource bundled = RuleSetSource.fromFolder(BundledData.ruleSets().resolve(Q + "/1.0.0"));
        Map<String, String> files = new TreeMap<>();
        for (String name : bundled.fileNames()) {
            String text = bundled.text(name);
            files.put(name, name.equals(RuleSetSource.MANIFEST)
                    ? text.replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"")
                    : name.equals("20-thresholds.csv") ? text.replace("\n1.2.a,,,,,", "\n1.2.a,0.9,,,,") : text);
        }
        RuleSetId id = new RuleSetId(Q, "1.0.1");
        String hash;
        try (Database database = Database.embedded(data)) {
            Engine engine = Engine.start(EngineConfig.defaults().onlyFor(Q).withCompiledRules(cache));
            RuleSetService ruleSets = Assessor.compose(engine, database.dataSource(), Clock.systemUTC())
                    .lifecycle().ruleSets();
            ruleSets.upload(Caller.LOCAL, Q, StrictJson.read(Uploads.of("1.0.1", files)
                    .getBytes(StandardCharsets.UTF_8)));
            hash = ruleSets.version(id).hash();
            assertThat(cache.resolve(hash.substring(7) + ".kbase")).as("a draft is not kept").doesNotExist();
            ruleSets.publish(Caller.LOCAL, id);
            assertThat(cache.resolve(hash.substring(7) + ".kbase")).as("kept when published").isRegularFile();
        }
        try (Database database = Database.embedded(data)) {
            Engine engine = Engine.start(EngineConfig.defaults().onlyFor(Q).withCompiledRules(cache));
            RuleSetService ruleSets = Assessor.compose(engine, database.dataSource(), Clock.systemUTC())
                    .lifecycle().ruleSets();
            ruleSets.refresh();
            assertThat(ruleSets.compiled(id).hash()).isEqualTo(hash);
            assertThat(ruleSets.compiled(id).fromCache()).as("read, not compiled, after the restart").isTrue();
            assertThat(engine.ruleSets().active(Q).id()).isEqualTo(id);
        }
        assertThat(Files.isDirectory(cache)).isTrue();
    }
}
