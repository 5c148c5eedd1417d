/**
 * Verification of rule sets before they are used: compilation, static checks (unknown ids,
 * gaps found by probe submissions) and the rule set's own test cases, all reported as problems
 * with their file and line. {@link org.assessor.verification.RuleSetVerifier} is the entry point.
 */
package org.assessor.verification;
