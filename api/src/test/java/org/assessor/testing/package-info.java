/**
 * Test support: a real server over the engine's fixture questionnaire and rule set
 * ({@link org.assessor.testing.FixtureServer}, shared per run by {@link org.assessor.testing.SharedServer}),
 * an HTTP client for it ({@link org.assessor.testing.ApiClient}) and fixture submissions
 * ({@link org.assessor.testing.Submissions}). No mocks: real Grizzly, real H2, real Drools.
 */
package org.assessor.testing;
