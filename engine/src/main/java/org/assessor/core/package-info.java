/**
 * The shared vocabulary of assessments: the rating scale a questionnaire declares and its levels
 * ({@link org.assessor.core.RatingScale}, {@link org.assessor.core.Rating}), the levels answers
 * are classified into ({@link org.assessor.core.Level}), and the priority and level of actions.
 * Rules, facts, results, comparisons, reports and the API all speak it; it depends on nothing
 * else of Assessor. Rule files may name these types without importing them.
 */
package org.assessor.core;
