/**
 * The JSON records of the API (its wire contract), kept apart from domain types and Drools
 * facts: each view is built from what a service returns by its static {@code of} (the one
 * mapping, used by the REST resources and the command line alike), and results convert both
 * ways. The one Jackson configuration ({@link org.assessor.api.ApiJson}), and the result JSON
 * codec the stores are given ({@link org.assessor.api.ResultJson}).
 */
package org.assessor.api;
