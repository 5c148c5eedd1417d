/**
 * Storage of assessments: {@link org.assessor.store.AssessmentStore} is the one interface the
 * rest of Assessor uses; {@link org.assessor.store.JdbcAssessmentStore} implements it in portable
 * SQL over a {@link org.assessor.store.Database} (a pooled connection source whose schema Flyway
 * migrates from {@code db/migration}). {@link org.assessor.store.DatabaseConfig} says which
 * database: embedded H2 files (the default, one node) or PostgreSQL, which several nodes share.
 * The SQL and the migrations use no type or function that only one of them has, and the storage
 * tests run on both. The rule-set lifecycle keeps uploaded versions and decisions in a
 * {@link org.assessor.store.RuleSetStore}, re-evaluated results in a
 * {@link org.assessor.store.ResultHistory}, and reads stored assessments in bulk through an
 * {@link org.assessor.store.AssessmentScan}; each change is written together with its entry in
 * the append-only {@link org.assessor.store.AuditLog}.
 *
 * <p>The store makes its own documents from domain results ({@link org.assessor.store.AssessmentStore#add},
 * {@link org.assessor.store.AssessmentSummary#of}, the compact {@link org.assessor.store.RatingsDocument})
 * and reads ratings back as {@link org.assessor.result.RatingsSnapshot}s. The full result is
 * kept as the JSON the API returns, written and read through the
 * {@link org.assessor.store.ResultCodec} it is given, so this package never sees the API's types.
 */
package org.assessor.store;
