package org.assessor.bench.plain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.core.Rating;
import org.assessor.result.ActionResult;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;
import org.assessor.result.Verdict;

/**
 * What the equivalence check compares between the engine and the plain-Java evaluator: every
 * criterion, standard and section rating in questionnaire order, the overall rating, the
 * recommended action ids in result order, and the readiness verdict (null when the rule set
 * gives none).
 */
public record PlainResult(Map<String, Rating> criteria, Map<String, Rating> standards, Map<String, Rating> sections,
                          Rating overall, List<String> actions, Verdict verdict) {

    /** The same view of an engine result. */
    public static PlainResult of(AssessmentResult result) {
        Map<String, Rating> criteria = new LinkedHashMap<>();
        Map<String, Rating> standards = new LinkedHashMap<>();
        Map<String, Rating> sections = new LinkedHashMap<>();
        for (SectionResult section : result.sections()) {
            sections.put(section.id(), section.rating());
            for (StandardResult standard : section.standards()) {
                standards.put(standard.id(), standard.rating());
                for (CriterionResult criterion : standard.criteria()) {
                    criteria.put(criterion.id(), criterion.rating());
                }
            }
        }
        return new PlainResult(criteria, standards, sections, result.overall().rating(),
                result.actions().stream().map(ActionResult::id).toList(),
                result.readiness() == null ? null : result.readiness().verdict());
    }
}
