package org.assessor.comparison;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assessor.result.Placement;
import org.assessor.result.Verdict;

/**
 * The readiness view of a comparison: each site once, with the verdict and placement of its
 * latest readiness assessment, and how many sites fall in each placement and verdict. Every
 * placement and verdict is present in the counts, zero or not. Empty for questionnaires whose
 * results carry no readiness verdict.
 */
public record ReadinessSummary(List<SiteReadiness> sites, Map<Placement, Integer> placements,
                               Map<Verdict, Integer> verdicts) {

    public ReadinessSummary {
        sites = List.copyOf(sites);
        placements = Collections.unmodifiableMap(new EnumMap<>(placements));
        verdicts = Collections.unmodifiableMap(new EnumMap<>(verdicts));
    }

    /** The summary of {@code sites}, one entry per site. */
    public static ReadinessSummary of(List<SiteReadiness> sites) {
        EnumMap<Placement, Integer> placements = new EnumMap<>(Placement.class);
        EnumMap<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Placement p : Placement.values()) {
            placements.put(p, 0);
        }
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
        sites.forEach(s -> {
            placements.merge(s.placement(), 1, Integer::sum);
            verdicts.merge(s.verdict(), 1, Integer::sum);
        });
        return new ReadinessSummary(sites, placements, verdicts);
    }

    /** True when no result compared carries a readiness verdict. */
    public boolean isEmpty() {
        return sites.isEmpty();
    }
}
