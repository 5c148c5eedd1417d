package org.assessor.app;

import org.assessor.api.ResultJson;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.assessor.store.AssessmentStore;
import org.assessor.store.JdbcAssessmentScan;
import org.assessor.store.JdbcAuditLog;
import org.assessor.store.JdbcResultHistory;
import org.assessor.store.JdbcRuleSetStore;

/**
 * The services of the auditor's rule-set lifecycle, built together over one database: versions
 * (upload, publish, retire), impact analysis, the results history of assessments, and the audit
 * log.
 */
public record RuleSetLifecycle(RuleSetService ruleSets, ImpactAnalysis impact, ResultHistoryService results,
                               AuditTrail audit) {

    public RuleSetLifecycle {
        Objects.requireNonNull(ruleSets, "ruleSets");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(audit, "audit");
    }

    /**
     * The lifecycle of {@code engine}'s rule sets, kept in {@code dataSource}, brought in line with
     * what the database records ({@link RuleSetService#refresh()}); {@code clock} dates its records.
     */
    public static RuleSetLifecycle start(Engine engine, Clock clock, DataSource dataSource,
                                         AssessmentStore assessments) {
        RuleSetService ruleSets = new RuleSetService(engine, new JdbcRuleSetStore(dataSource), clock);
        ruleSets.refresh();
        return new RuleSetLifecycle(ruleSets, new ImpactAnalysis(ruleSets, engine, new JdbcAssessmentScan(dataSource)),
                new ResultHistoryService(engine, ruleSets, assessments,
                        new JdbcResultHistory(dataSource, new ResultJson()), clock),
                new AuditTrail(new JdbcAuditLog(dataSource)));
    }
}
