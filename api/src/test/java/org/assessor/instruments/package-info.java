/** Instruments added as data only, exercised end to end through the command line and the HTTP API. */
package org.assessor.instruments;
