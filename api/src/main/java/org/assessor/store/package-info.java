/**
 * Storage of assessments: {@link org.assessor.store.AssessmentStore} is the one interface the
 * rest of Assessor uses; {@link org.assessor.store.JdbcAssessmentStore} implements it in portable
 * SQL over a {@link org.assessor.store.Database} (a pooled connection source whose schema Flyway
 * migrates from {@code db/migration}). Embedded H2 files are the default; the SQL and the
 * migrations use no H2-only types or functions, so another database can follow. The rule-set
 * lifecycle keeps uploaded versions and decisions in a {@link org.assessor.store.RuleSetStore},
 * re-evaluated results in a {@link org.assessor.store.ResultHistory}, and reads stored assessments
 * in bulk through an {@link org.assessor.store.AssessmentScan}; each change is written together
 * with its entry in the append-only {@link org.assessor.store.AuditLog}.
 */
package org.assessor.store;
