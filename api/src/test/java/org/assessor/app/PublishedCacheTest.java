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
 * A version is kept compiled in the data folder, so that a restarted node reads it instead of
 * compiling it: a published version in {@code compiled-rules/}, a draft in
 * {@code compiled-rules/drafts/} (which keeps only the most recently used drafts).
 */
class PublishedCacheTest {
    private static final String Q = "organisational-change";

    @TempDir
    Path data;

    private static Map<String, String> candidateFiles() {
        RuleSetSource bundled = RuleSetSource.fromFolder(BundledData.ruleSets().resolve(Q + "/1.0.0"));
        Map<String, String> files = new TreeMap<>();
        for (String name : bundled.fileNames()) {
            String text = bundled.text(name);
            files.put(name, name.equals(RuleSetSource.MANIFEST)
                    ? text.replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"")
                    : name.equals("20-thresholds.csv") ? text.replace("\n1.2.a,,,,,", "\n1.2.a,0.9,,,,") : text);
        }
        return files;
    }

    private RuleSetService startNode(Database database) {
        Engine engine = Engine.start(EngineConfig.defaults().onlyFor(Q)
                .withCompiledRules(data.resolve("compiled-rules")));
        return Assessor.compose(engine, database.dataSource(), Clock.systemUTC()).lifecycle().ruleSets();
    }

    @Test
    void aDraftIsReadAfterARestartWhenFirstAskedForAndAPublishedVersionAtStart() {
        Path cache = data.resolve("compiled-rules");
        RuleSetId id = new RuleSetId(Q, "1.0.1");
        String entry;
        try (Database database = Database.embedded(data)) {
            RuleSetService ruleSets = startNode(database);
            ruleSets.upload(Caller.LOCAL, Q, StrictJson.read(Uploads.of("1.0.1", candidateFiles())
                    .getBytes(StandardCharsets.UTF_8)));
            entry = ruleSets.version(id).hash().substring(7) + ".kbase";
            assertThat(cache.resolve("drafts").resolve(entry)).as("kept as a draft when uploaded").isRegularFile();
            assertThat(cache.resolve(entry)).as("not among the published").doesNotExist();
        }
        try (Database database = Database.embedded(data)) {
            RuleSetService ruleSets = startNode(database);
            ruleSets.refresh();
            assertThat(ruleSets.isCompiled(id)).as("a draft is not read at start").isFalse();
            assertThat(ruleSets.compiled(id).fromCache()).as("read, not compiled, when first asked for").isTrue();
            ruleSets.publish(Caller.LOCAL, id);
            assertThat(cache.resolve(entry)).as("kept among the published when published").isRegularFile();
        }
        try (Database database = Database.embedded(data)) {
            RuleSetService ruleSets = startNode(database);
            ruleSets.refresh();
            assertThat(ruleSets.compiled(id).fromCache()).as("read, not compiled, after the restart").isTrue();
            assertThat(ruleSets.compiled(id).hash()).isEqualTo(ruleSets.version(id).hash());
        }
        assertThat(Files.isDirectory(cache)).isTrue();
    }

    @Test
    void aDraftWhoseEntryIsGoneIsCompiledFromItsStoredFilesAndKeptAgain() throws Exception {
        RuleSetId id = new RuleSetId(Q, "1.0.1");
        Path drafts = data.resolve("compiled-rules").resolve("drafts");
        try (Database database = Database.embedded(data)) {
            startNode(database).upload(Caller.LOCAL, Q, StrictJson.read(Uploads.of("1.0.1", candidateFiles())
                    .getBytes(StandardCharsets.UTF_8)));
        }
        try (var entries = Files.list(drafts)) {
            for (Path file : entries.toList()) {
                Files.delete(file);
            }
        }
        try (Database database = Database.embedded(data)) {
            RuleSetService ruleSets = startNode(database);
            ruleSets.refresh();
            assertThat(ruleSets.compiled(id).fromCache()).as("compiled from the stored files").isFalse();
            assertThat(ruleSets.compiled(id).units()).isNotEmpty();
            assertThat(drafts.resolve(ruleSets.version(id).hash().substring(7) + ".kbase")).as("and kept again")
                    .isRegularFile();
        }
    }
}
