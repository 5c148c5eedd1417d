/**
 * The services users call, each a use case on behalf of a {@link org.assessor.access.Caller}
 * (who also says what each role may see and do): {@link org.assessor.app.AssessmentService}
 * (evaluate and store; {@link org.assessor.app.AssessmentService#findVisible} is the one access
 * check for reading one assessment), {@link org.assessor.app.ComparisonService} and
 * {@link org.assessor.app.ReportService}, {@link org.assessor.app.HealthCheck}, and the auditor's
 * rule-set lifecycle ({@link org.assessor.app.RuleSetLifecycle}):
 * {@link org.assessor.app.RuleSetService} (upload, publish, retire, refresh from the database),
 * {@link org.assessor.app.ImpactAnalysis}, {@link org.assessor.app.ResultHistoryService}
 * (re-evaluation) and {@link org.assessor.app.AuditTrail}. {@link org.assessor.app.Engine} wires
 * the engine's own parts from an {@link org.assessor.app.EngineConfig}.
 *
 * <p>Services take and return domain types (engine results, {@link org.assessor.result.RatingsSnapshot},
 * store records, and small records of their own such as {@link org.assessor.app.Impact}); they
 * never write JSON and never see the API's views, which {@code org.assessor.api} maps them to.
 * They are built, with constructor injection, only by the composition root
 * {@code org.assessor.server.Assessor}.
 */
package org.assessor.app;
