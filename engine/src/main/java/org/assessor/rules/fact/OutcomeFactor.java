package org.assessor.rules.fact;

/**
 * Why an outcome took its value: one factor that decided the value {@code value} of the outcome
 * {@code name}, in words a site reads, e.g. {@code new OutcomeFactor( "verdict", "not-yet-ready",
 * "A2 not met: the sign-up was rushed or imposed" )}. The result lists, with each outcome, the
 * factors concluded for the value it took.
 */
public record OutcomeFactor(String name, String value, String factor) {
}
