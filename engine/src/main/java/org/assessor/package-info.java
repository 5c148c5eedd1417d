/**
 * Assessor: questionnaires answered by sites, rated by versioned Drools rule sets.
 *
 * <p>{@link org.assessor.AssessorException} roots the exception family. The engine's packages
 * are {@code questionnaire} (definitions), {@code rules} (rule sets and their evaluation),
 * {@code rules.fact} (what rules reason over) and {@code assessment} (submissions and results).
 */
package org.assessor;
