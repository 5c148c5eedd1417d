/**
 * The JSON records of the API (its wire contract), kept apart from domain types and Drools
 * facts, with conversions both ways; and the one Jackson configuration ({@link org.assessor.api.ApiJson}).
 */
package org.assessor.api;
