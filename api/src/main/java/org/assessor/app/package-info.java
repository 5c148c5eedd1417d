/**
 * The composition root: {@link org.assessor.app.Engine} builds every engine component from an
 * {@link org.assessor.app.EngineConfig}, with constructor injection and no scanning. The
 * command line, the server and the end-to-end tests share it. The services users call live here
 * too: {@link org.assessor.app.AssessmentService} (evaluate and store), and the auditor's
 * rule-set lifecycle, built together by {@link org.assessor.app.RuleSetLifecycle}:
 * {@link org.assessor.app.RuleSetService} (upload, publish, retire, refresh from the database),
 * {@link org.assessor.app.ImpactAnalysis}, {@link org.assessor.app.ResultHistoryService}
 * (re-evaluation) and {@link org.assessor.app.AuditTrail}. Who asks is a
 * {@link org.assessor.app.Caller}.
 */
package org.assessor.app;
