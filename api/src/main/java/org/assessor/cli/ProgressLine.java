package org.assessor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.assessor.app.ImpactProgress;

/**
 * Shows an analysis' progress on one line of the error stream, rewritten in place:
 * {@code impact: 1200/5000 assessments (24%), 310.5/s}.
 */
final class ProgressLine implements ImpactProgress {
    private final PrintWriter err;
    private boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(long done, long total, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        err.print(String.format(Locale.ROOT, "\rimpact: %d/%d assessments (%d%%), %.1f/s", done, total,
                total == 0 ? 100 : done * 100 / total, done / seconds));
        err.flush();
        shown = true;
    }

    /** Ends the line. */
    synchronized void end() {
        if (shown) {
            err.println();
        }
    }
}
