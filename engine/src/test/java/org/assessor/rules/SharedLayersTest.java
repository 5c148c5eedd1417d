package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.BundledData;
import org.assessor.RuleSetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set names the shared layer its policy comes from; the layer's files are compiled with
 * it and covered by its content hash, and a layer that is not there is a clear problem.
 */
class SharedLayersTest {
    private static final Path ORGANISATIONAL_CHANGE = BundledData.ruleSets().resolve("organisational-change/1.0.0");

    @Test
    void theBundledRuleSetsCompileTheSharedRatingPolicyWithTheirOwnFiles() {
        RuleSetSource source = RuleSetSource.fromFolder(ORGANISATIONAL_CHANGE);

        assertThat(source.manifest().shared()).isEqualTo("rating-policy/1.0.0");
        assertThat(source.sharedFileNames()).containsExactly("10-answers.drl", "20-evidence.drl", "30-consolidate.drl",
                "40-roll-up.drl");
        assertThat(source.fileNames()).doesNotContain("30-consolidate.drl").contains("20-thresholds.csv", "policy.csv");
        assertThat(source.ruleFiles()).containsExactly("10-answers.drl", "10-classify.drl", "20-evidence.drl", "20-thresholds.csv",
                "30-consolidate.drl", "40-roll-up.drl", "50-recommend.drl");
    }

    @Test
    void aManifestNamingALayerThatIsNotThereIsRefusedWithTheLayersThereAre() {
        RuleSetFiles files = RuleSetFiles.of(ORGANISATIONAL_CHANGE)
                .replace("manifest.json", "rating-policy/1.0.0", "rating-policy/9.9.9");

        assertThatThrownBy(files::source).isInstanceOf(RuleSetInvalid.class).satisfies(e ->
                assertThat(((RuleSetInvalid) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("manifest.json");
                    assertThat(p.message()).contains("'rating-policy/9.9.9', which this server does not have",
                            "it has rating-policy/1.0.0");
                }));
    }

    @Test
    void aFileOfTheSameNameAsOneOfTheLayersIsRefused() {
        RuleSetFiles files = RuleSetFiles.of(ORGANISATIONAL_CHANGE).with("30-consolidate.drl", "package assessor.rules;");

        assertThatThrownBy(files::source).isInstanceOf(RuleSetInvalid.class).satisfies(e ->
                assertThat(((RuleSetInvalid) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("30-consolidate.drl");
                    assertThat(p.message()).contains("the shared layer rating-policy/1.0.0 has a file of this name");
                }));
    }

    @Test
    void theContentHashCoversTheLayerAndARulesFolderOfItsOwnUsesItsOwnLayers(@TempDir Path rules) throws IOException {
        Path folder = RuleSetFiles.of(ORGANISATIONAL_CHANGE).writeTo(rules.resolve("organisational-change/1.0.0"));
        Path layer = rules.resolve("_shared/rating-policy/1.0.0");
        Files.createDirectories(layer);
        for (String name : RuleSetSource.fromFolder(ORGANISATIONAL_CHANGE).sharedFileNames()) {
            Files.write(layer.resolve(name), RuleSetSource.fromFolder(ORGANISATIONAL_CHANGE).bytes(name));
        }
        String bundled = RuleSetSource.fromFolder(ORGANISATIONAL_CHANGE).hash();
        assertThat(RuleSetSource.fromFolder(folder).hash()).as("the same files, the same hash").isEqualTo(bundled);

        Files.writeString(layer.resolve("30-consolidate.drl"), "\n// one more comment", java.nio.file.StandardOpenOption.APPEND);

        assertThat(RuleSetSource.fromFolder(folder).hash()).as("a changed layer, another hash").isNotEqualTo(bundled);
        assertThat(RuleSetSource.fromFolder(folder).text("30-consolidate.drl")).endsWith("// one more comment");
    }
}
