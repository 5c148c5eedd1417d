package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The build key of compiled rule sets: it fingerprints the engine's classes wherever they were
 * loaded from, and names the Java level the rules are compiled for rather than the Java running
 * them, so a rule set compiled on Java 17 is used on Java 25 and the other way round.
 */
class EngineBuildTest {

    @Test
    void fingerprintsTheEnginesClassesAndNamesTheCompiledJavaLevel() {
        String key = EngineBuild.key();
        assertThat(key).matches("drools \\d+\\.\\d+\\.\\d+(-\\S+)?; java level 17; engine [0-9a-f]{64}");
        assertThat(key).as("computed once").isSameAs(EngineBuild.key());
    }
}
