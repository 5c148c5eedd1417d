/**
 * Results of evaluations: {@link org.assessor.result.AssessmentResult} and its parts, and
 * {@link org.assessor.result.RatingsSnapshot}, the ratings of one result alone (what comparisons
 * read of stored assessments). These are domain types, independent of Drools facts and of the
 * JSON the API writes; the store, the reports, comparisons and the HTTP layer all read them.
 */
package org.assessor.result;
