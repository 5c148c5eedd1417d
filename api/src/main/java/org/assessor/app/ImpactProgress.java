package org.assessor.app;

import java.time.Duration;

/**
 * Told how far an impact analysis has got: a few times a second while it runs, and once at the
 * end. Called from the analysis' worker threads, one call at a time.
 */
@FunctionalInterface
public interface ImpactProgress {
    /** Tells nobody. */
    ImpactProgress NONE = (done, total, elapsed) -> { };

    /**
     * @param done    assessments analysed so far
     * @param total   assessments to analyse
     * @param elapsed time since the analysis started
     */
    void update(long done, long total, Duration elapsed);
}
