package org.assessor.app;

import java.util.Objects;

/**
 * The services of the auditor's rule-set lifecycle, over one database: versions (upload,
 * publish, retire), impact analysis, the results history of assessments, and the audit log.
 * Built by the composition root ({@code org.assessor.server.Assessor}).
 */
public record RuleSetLifecycle(RuleSetService ruleSets, ImpactAnalysis impact, ResultHistoryService results,
                               AuditTrail audit) {

    public RuleSetLifecycle {
        Objects.requireNonNull(ruleSets, "ruleSets");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(audit, "audit");
    }
}
