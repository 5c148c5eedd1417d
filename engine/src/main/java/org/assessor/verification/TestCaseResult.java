package org.assessor.verification;

import java.util.List;

/**
 * The outcome of one of a rule set's own test cases.
 *
 * @param file        the test file, e.g. {@code tests/strong-site.json}
 * @param description what the case checks, from the file
 * @param failures    each expectation that did not hold; empty when the case passed
 */
public record TestCaseResult(String file, String description, List<String> failures) {

    public TestCaseResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
