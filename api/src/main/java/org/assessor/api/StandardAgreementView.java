package org.assessor.api;

import org.assessor.agreement.StandardAgreement;

/**
 * The JSON of a standard's agreement between respondents: {@code index}, the mean of its
 * criteria's indexes (0 to 1); {@code low}, below the rule set's threshold; and {@code criteria},
 * how many criteria had an index.
 */
public record StandardAgreementView(double index, boolean low, int criteria) {

    static StandardAgreementView of(StandardAgreement a) {
        return a == null ? null : new StandardAgreementView(a.index(), a.low(), a.criteria());
    }

    StandardAgreement toDomain() {
        return new StandardAgreement(index, low, criteria);
    }
}
