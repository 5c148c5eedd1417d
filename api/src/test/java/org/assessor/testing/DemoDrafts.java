package org.assessor.testing;

import org.assessor.RuleSetFiles;

/**
 * New versions of the fixture's {@code demo} rule set, as an auditor would write them: a copy of
 * {@code demo/1.0.0} under another version, changed.
 */
public final class DemoDrafts {
    /** The rule file where criteria are rated. */
    public static final String RATE = "20-rate-criteria.drl";

    private DemoDrafts() {
    }

    /** {@code demo/1.0.0} unchanged but for its version. */
    public static RuleSetFiles copy(String version) {
        return RuleSetFiles.demo().replace("manifest.json", "\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"");
    }

    /**
     * Criterion 1.2.a met from half the points instead of three-quarters: a "partly" answer to
     * its one question (half the points) now meets it, where it was partly met.
     */
    public static RuleSetFiles metFromHalf(String version) {
        return copy(version)
                .replace(RATE, "criterionId == \"1.2.a\", coverage >= 0.5, applicable > 0, share >= 0.75 )",
                        "criterionId == \"1.2.a\", coverage >= 0.5, applicable > 0, share >= 0.5 )")
                .replace(RATE, "criterionId == \"1.2.a\", coverage >= 0.5, applicable > 0, share >= 0.4, share < 0.75 )",
                        "criterionId == \"1.2.a\", coverage >= 0.5, applicable > 0, share >= 0.4, share < 0.5 )");
    }
}
