package org.assessor.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.assessor.app.Impact.Affected;
import org.assessor.app.Impact.Change;
import org.assessor.app.Impact.LevelImpact;
import org.assessor.app.Impact.Move;
import org.assessor.app.Impact.Skipped;
import org.assessor.app.Impact.StandardChange;
import org.assessor.app.Impact.StandardImpact;
import org.assessor.questionnaire.Questionnaire;

/**
 * Adds up an impact analysis as it runs, from many threads: counts of rating moves per standard
 * and overall, and the (small) list of what changed in each affected assessment. Results
 * themselves are never kept. Thread-safe.
 */
final class ImpactTally {
    private static final int MAX_SKIPPED_LISTED = 100;
    private static final String OVERALL = "";

    private final LongAdder evaluated = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final ConcurrentMap<String, ConcurrentMap<Move, LongAdder>> moves = new ConcurrentHashMap<>();
    private final Queue<Affected> affected = new ConcurrentLinkedQueue<>();
    private final Queue<Skipped> skippedListed = new ConcurrentLinkedQueue<>();

    /** Counts an assessment rated {@code before} under the baseline and {@code after} under the candidate. */
    void compared(String id, String site, String ruleSetVersion, Ratings before, Ratings after) {
        evaluated.increment();
        List<StandardChange> standards = before.changedStandards(after);
        boolean overallChanged = !before.overall().equals(after.overall());
        if (standards.isEmpty() && !overallChanged) {
            return;
        }
        changed.increment();
        standards.forEach(c -> count(c.id(), c.from(), c.to()));
        if (overallChanged) {
            count(OVERALL, before.overall(), after.overall());
        }
        affected.add(new Affected(id, site, ruleSetVersion,
                overallChanged ? new Change(before.overall(), after.overall()) : null, standards));
    }

    /** Counts an assessment that was not compared. */
    void skipped(String id, String site, String reason, boolean failure) {
        (failure ? failed : skipped).increment();
        if (skippedListed.size() < MAX_SKIPPED_LISTED) {
            skippedListed.add(new Skipped(id, site, reason));
        }
    }

    private void count(String item, String from, String to) {
        moves.computeIfAbsent(item, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(new Move(from, to, 0), k -> new LongAdder()).increment();
    }

    /** The totals so far, for {@code total} assessments selected. */
    Impact.Totals totals(long total) {
        long compared = evaluated.sum();
        return new Impact.Totals(total, compared, changed.sum(), compared - changed.sum(), skipped.sum(),
                failed.sum());
    }

    LevelImpact overall() {
        List<Move> overall = movesOf(OVERALL);
        return new LevelImpact(overall.stream().mapToLong(Move::count).sum(), overall);
    }

    /** Every standard of {@code questionnaire}, in its order, with its moves. */
    List<StandardImpact> standards(Questionnaire questionnaire) {
        List<StandardImpact> standards = new ArrayList<>();
        questionnaire.sections().forEach(section -> section.standards().forEach(s -> {
            List<Move> of = movesOf(s.id());
            standards.add(new StandardImpact(s.id(), s.title(), of.stream().mapToLong(Move::count).sum(), of));
        }));
        return standards;
    }

    /** The affected assessments, newest first, at most {@code limit}. */
    List<Affected> affected(int limit) {
        return affected.stream().sorted(Comparator.comparing(Affected::id).reversed()).limit(limit).toList();
    }

    long affectedCount() {
        return affected.size();
    }

    List<Skipped> skippedListed() {
        return skippedListed.stream().sorted(Comparator.comparing(Skipped::id).reversed()).toList();
    }

    private List<Move> movesOf(String item) {
        Map<Move, LongAdder> counted = moves.getOrDefault(item, new ConcurrentHashMap<>());
        return counted.entrySet().stream()
                .map(e -> new Move(e.getKey().from(), e.getKey().to(), e.getValue().sum()))
                .sorted(Comparator.comparingLong(Move::count).reversed().thenComparing(Move::from)
                        .thenComparing(Move::to))
                .toList();
    }
}
