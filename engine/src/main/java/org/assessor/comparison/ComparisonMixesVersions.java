package org.assessor.comparison;

import java.util.List;
import org.assessor.AssessorException;

/**
 * Thrown when the results selected for one comparison were rated under more than one rule-set
 * version: ratings made under different rules are never pooled. Narrow the selection to one
 * version, or ask {@link Comparisons#compareEachVersion} for one comparison per version.
 */
public final class ComparisonMixesVersions extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final String questionnaireId;
    private final List<String> versions;

    public ComparisonMixesVersions(String questionnaireId, List<String> versions) {
        super("the selected " + questionnaireId + " assessments were rated under " + versions.size()
                + " rule-set versions (" + String.join(", ", versions) + "); ratings made under different rules "
                + "are not pooled: choose one version, or compare each version separately");
        this.questionnaireId = questionnaireId;
        this.versions = List.copyOf(versions);
    }

    /** The questionnaire compared. */
    public String questionnaireId() {
        return questionnaireId;
    }

    /** The rule-set versions found, in version order; a version whose content differs is named with its hash. */
    public List<String> versions() {
        return versions;
    }
}
