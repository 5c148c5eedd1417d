/**
 * The speed limit: the bundled rule sets' policies written out in plain Java, used only by the
 * benchmarks, and checked in the tests to rate exactly as the Drools rule sets do.
 */
package org.assessor.bench.plain;
