package org.assessor.agreement;

import java.util.List;
import java.util.Objects;

/**
 * How far the respondents of a self-assessment agree on a standard: the mean of its criteria's
 * agreement indexes. This is a simplified equivalent of James, Demaree and Wolf's (1984)
 * multi-item index r<sub>wg(J)</sub>, treating each criterion as one item. r<sub>wg(J)</sub> =
 * J(1 - s̄²/σ²_EU) / (J(1 - s̄²/σ²_EU) + s̄²/σ²_EU) works from the mean s̄² of the J items'
 * variances and rises with J, as the Spearman-Brown formula does; the plain mean of the items'
 * r<sub>wg</sub> does not, so it is the more cautious figure for a standard of few criteria, and
 * a reader can check it from the criteria's indexes shown beside it. Immutable.
 *
 * @param index    the mean of the criteria's indexes (as rounded), rounded to two decimals
 * @param low      whether {@code index} is below the rule set's threshold ({@code agreement low below})
 * @param criteria how many criteria had an index, i.e. were rated by at least two respondents
 */
public record StandardAgreement(double index, boolean low, int criteria) {
    public StandardAgreement {
        if (criteria < 1) {
            throw new IllegalArgumentException("a standard's agreement needs at least one criterion with an index");
        }
    }

    /**
     * The agreement of a standard whose criteria have the agreements {@code criteria} (nulls,
     * for criteria without one, are skipped), flagged low below {@code lowBelow}; null when no
     * criterion has an index.
     */
    public static StandardAgreement of(List<Agreement> criteria, double lowBelow) {
        double[] indexes = criteria.stream().filter(Objects::nonNull).map(Agreement::index)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        if (indexes.length == 0) {
            return null;
        }
        double mean = WithinGroupAgreement.rounded(java.util.Arrays.stream(indexes).average().orElseThrow());
        return new StandardAgreement(mean, mean < lowBelow, indexes.length);
    }
}
