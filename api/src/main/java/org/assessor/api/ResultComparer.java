package org.assessor.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assessor.api.ResultComparisonView.Change;
import org.assessor.api.ResultComparisonView.CriterionRow;
import org.assessor.api.ResultComparisonView.Side;
import org.assessor.api.ResultComparisonView.StandardRow;

/**
 * Puts two results of one assessment side by side: every standard and criterion of the later
 * result (then any the earlier one has that the later one lacks), with its rating in each.
 */
final class ResultComparer {
    private ResultComparer() {
    }

    static ResultComparisonView compare(String assessmentId, int fromNumber, ResultView from, int toNumber,
                                        ResultView to) {
        Map<String, StandardView> before = standards(from);
        Map<String, StandardView> after = standards(to);
        List<StandardRow> rows = new ArrayList<>();
        after.forEach((id, s) -> rows.add(row(before.get(id), s)));
        before.forEach((id, s) -> {
            if (!after.containsKey(id)) {
                rows.add(row(s, null));
            }
        });
        long standardsChanged = rows.stream().filter(StandardRow::changed).count();
        long criteriaChanged = rows.stream().flatMap(r -> r.criteria().stream()).filter(CriterionRow::changed).count();
        ResultComparisonView.Readiness readiness = from.readiness() == null && to.readiness() == null ? null
                : new ResultComparisonView.Readiness(
                        change(from.readiness() == null ? null : from.readiness().verdict(),
                                to.readiness() == null ? null : to.readiness().verdict()),
                        change(from.readiness() == null ? null : from.readiness().placement(),
                                to.readiness() == null ? null : to.readiness().placement()));
        return new ResultComparisonView(assessmentId, new Side(fromNumber, from.ruleSet(), from.evaluatedAt()),
                new Side(toNumber, to.ruleSet(), to.evaluatedAt()),
                change(from.overall().rating(), to.overall().rating()), readiness, rows,
                new ResultComparisonView.Changed(standardsChanged, criteriaChanged));
    }

    private static StandardRow row(StandardView before, StandardView after) {
        StandardView any = after != null ? after : before;
        Map<String, CriterionView> criteriaBefore = criteria(before);
        Map<String, CriterionView> criteriaAfter = criteria(after);
        List<CriterionRow> criteria = new ArrayList<>();
        criteriaAfter.forEach((id, c) -> criteria.add(criterion(criteriaBefore.get(id), c)));
        criteriaBefore.forEach((id, c) -> {
            if (!criteriaAfter.containsKey(id)) {
                criteria.add(criterion(c, null));
            }
        });
        String from = before == null ? null : before.rating();
        String to = after == null ? null : after.rating();
        return new StandardRow(any.id(), any.title(), from, to, !Objects.equals(from, to), criteria);
    }

    private static CriterionRow criterion(CriterionView before, CriterionView after) {
        CriterionView any = after != null ? after : before;
        String from = before == null ? null : before.rating();
        String to = after == null ? null : after.rating();
        return new CriterionRow(any.id(), any.title(), from, to, !Objects.equals(from, to));
    }

    private static Change change(String from, String to) {
        return new Change(from, to, !Objects.equals(from, to));
    }

    private static Map<String, StandardView> standards(ResultView result) {
        Map<String, StandardView> standards = new LinkedHashMap<>();
        for (SectionView section : result.sections()) {
            section.standards().forEach(s -> standards.put(s.id(), s));
        }
        return standards;
    }

    private static Map<String, CriterionView> criteria(StandardView standard) {
        Map<String, CriterionView> criteria = new LinkedHashMap<>();
        if (standard != null) {
            standard.criteria().forEach(c -> criteria.put(c.id(), c));
        }
        return criteria;
    }
}
