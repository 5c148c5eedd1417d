/**
 * Drivers for load on a running server: request bodies for the wrk scripts in
 * {@code bench/scripts}, and the seeding of stored assessments for the batch benchmarks.
 */
package org.assessor.bench.load;
