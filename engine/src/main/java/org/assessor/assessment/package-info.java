/**
 * Submissions and their evaluation: {@link org.assessor.assessment.SubmissionReader} reads and
 * checks a submission against its questionnaire (every error with a JSON pointer);
 * {@link org.assessor.assessment.Evaluator} runs the chosen rule set over it and assembles the
 * explained result.
 */
package org.assessor.assessment;
