package org.assessor.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.assessor.assessment.Mode;
import org.assessor.core.RatingScale;

/**
 * Change over time within a comparison's matrix.
 *
 * <p><b>Change across cycles:</b> a site's assessments of one mode are taken in time order
 * ({@code evaluatedAt}, then id); of consecutive assessments with the same cycle label the
 * latest stands for that cycle (a re-submission replaces the earlier one; an assessment without
 * a label is a cycle of its own). Each cycle is then compared with the one before it, standard by
 * standard. Self-assessments are only compared with self-assessments, peer reviews with peer
 * reviews.
 *
 * <p><b>Self versus peer:</b> where a site has both a self-assessment and a peer review with the
 * same cycle label (or both without one), the latest of each is compared, standard by standard.
 */
final class Cycles {
    private static final Comparator<MatrixRow> IN_TIME = Comparator.comparing(MatrixRow::evaluatedAt)
            .thenComparing(MatrixRow::assessment, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Cycles() {
    }

    /** Every standard's change from each cycle to the next, per site and mode; {@code standardIds} gives the order. */
    static List<StandardChange> changes(RatingScale scale, List<MatrixRow> rows, List<String> standardIds) {
        Map<List<Object>, List<MatrixRow>> bySiteAndMode = group(rows, r -> List.of(r.site().id(), r.mode()));
        List<StandardChange> changes = new ArrayList<>();
        for (List<MatrixRow> series : bySiteAndMode.values()) {
            List<MatrixRow> cycles = latestPerCycle(series);
            for (int i = 1; i < cycles.size(); i++) {
                MatrixRow before = cycles.get(i - 1);
                MatrixRow after = cycles.get(i);
                for (String standard : standardIds) {
                    if (before.ratings().containsKey(standard) || after.ratings().containsKey(standard)) {
                        changes.add(new StandardChange(after.site(), after.mode(), standard, before.assessment(),
                                before.cycle(), before.rating(standard, scale.notRated()), after.assessment(),
                                after.cycle(), after.rating(standard, scale.notRated())));
                    }
                }
            }
        }
        return changes;
    }

    /** Self minus peer per standard, for each site and cycle that has both; {@code standardIds} gives the order. */
    static List<SelfPeerGap> selfVsPeer(RatingScale scale, List<MatrixRow> rows, List<String> standardIds) {
        Map<List<Object>, List<MatrixRow>> bySiteAndCycle = group(rows,
                r -> Arrays.asList(r.site().id(), r.cycle()));
        List<SelfPeerGap> gaps = new ArrayList<>();
        for (List<MatrixRow> group : bySiteAndCycle.values()) {
            MatrixRow self = latest(group, Mode.SELF);
            MatrixRow peer = latest(group, Mode.PEER);
            if (self == null || peer == null) {
                continue;
            }
            for (String standard : standardIds) {
                if (self.ratings().containsKey(standard) || peer.ratings().containsKey(standard)) {
                    gaps.add(new SelfPeerGap(self.site(), self.cycle(), standard, self.assessment(),
                            self.rating(standard, scale.notRated()), peer.assessment(),
                            peer.rating(standard, scale.notRated())));
                }
            }
        }
        return gaps;
    }

    private static Map<List<Object>, List<MatrixRow>> group(List<MatrixRow> rows,
                                                            Function<MatrixRow, List<Object>> key) {
        Map<List<Object>, List<MatrixRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    private static List<MatrixRow> latestPerCycle(List<MatrixRow> series) {
        List<MatrixRow> ordered = series.stream().sorted(IN_TIME).toList();
        List<MatrixRow> cycles = new ArrayList<>();
        for (MatrixRow row : ordered) {
            MatrixRow last = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
            if (last != null && row.cycle() != null && Objects.equals(last.cycle(), row.cycle())) {
                cycles.set(cycles.size() - 1, row);
            } else {
                cycles.add(row);
            }
        }
        return cycles;
    }

    private static MatrixRow latest(List<MatrixRow> rows, Mode mode) {
        return rows.stream().filter(r -> r.mode() == mode).max(IN_TIME).orElse(null);
    }
}
