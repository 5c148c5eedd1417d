package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;
import org.assessor.store.RuleSetOrigin;
import org.assessor.store.RuleSetRecord;
import org.assessor.store.RuleSetStatus;
import org.assessor.testing.DemoDrafts;
import org.junit.jupiter.api.Test;

/** Which version is active: the latest bundled one, unless the database records a decision. */
class KnownVersionsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final Map<RuleSetId, RuleSetSource> BUNDLED = Map.of(
            id("1.0.0"), DemoDrafts.copy("1.0.0").source(),
            id("1.9.0"), DemoDrafts.copy("1.9.0").source(),
            id("1.10.0"), DemoDrafts.copy("1.10.0").source());

    private static RuleSetId id(String version) {
        return new RuleSetId("demo", version);
    }

    private static RuleSetRecord record(String version, RuleSetOrigin origin, RuleSetStatus status) {
        return new RuleSetRecord(id(version), "sha256:" + version, origin, status, "1.0.0", NOW, "anna", NOW);
    }

    private static List<String> statuses(List<RuleSetRecord> records) {
        return KnownVersions.of(BUNDLED, records).all().stream()
                .map(v -> v.id().version() + " " + v.origin().code() + " " + v.status().code()).toList();
    }

    @Test
    void theLatestBundledVersionIsActiveWhenNothingIsRecorded() {
        assertThat(statuses(List.of())).containsExactly("1.0.0 bundled retired", "1.9.0 bundled retired",
                "1.10.0 bundled active");
    }

    @Test
    void aRecordedActiveVersionWinsOverTheLatestBundledOne() {
        assertThat(statuses(List.of(record("2.0.0", RuleSetOrigin.UPLOADED, RuleSetStatus.ACTIVE),
                record("2.1.0", RuleSetOrigin.UPLOADED, RuleSetStatus.DRAFT))))
                .containsExactly("1.0.0 bundled retired", "1.9.0 bundled retired", "1.10.0 bundled retired",
                        "2.0.0 uploaded active", "2.1.0 uploaded draft");
        assertThat(statuses(List.of(record("1.0.0", RuleSetOrigin.BUNDLED, RuleSetStatus.ACTIVE))))
                .containsExactly("1.0.0 bundled active", "1.9.0 bundled retired", "1.10.0 bundled retired");
    }

    @Test
    void aNewerBundledVersionDoesNotOverrideADecisionButIsActiveWhenNoneIsRecorded() {
        assertThat(statuses(List.of(record("1.0.0", RuleSetOrigin.BUNDLED, RuleSetStatus.RETIRED))))
                .containsExactly("1.0.0 bundled retired", "1.9.0 bundled retired", "1.10.0 bundled active");
    }

    @Test
    void anUploadedRecordUnderABundledIdIsIgnoredForTheBundledFiles() {
        List<String> known = statuses(List.of(record("1.9.0", RuleSetOrigin.UPLOADED, RuleSetStatus.ACTIVE)));

        assertThat(known).containsExactly("1.0.0 bundled retired", "1.9.0 bundled retired", "1.10.0 bundled active");
        assertThat(KnownVersions.of(BUNDLED, List.of()).find(id("1.9.0")).orElseThrow().hash())
                .isEqualTo(BUNDLED.get(id("1.9.0")).hash());
    }
}
