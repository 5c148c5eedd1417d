package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.assessor.api.ProblemView.FieldProblem;
import org.assessor.comparison.ComparisonMixesVersions;

/**
 * 422: the assessments a comparison selects were rated under several rule-set versions, which
 * are never pooled. The detail names the versions and the two ways on.
 */
public final class ComparisonMixesVersionsMapper implements ExceptionMapper<ComparisonMixesVersions> {

    @Override
    public Response toResponse(ComparisonMixesVersions e) {
        return Problems.of(Problems.UNPROCESSABLE, "comparison-mixes-versions", "Rule-set versions would be mixed",
                e.getMessage() + " (add ruleSetVersion=" + e.versions().get(e.versions().size() - 1).split(" ")[0]
                        + ", or split=version for one comparison per version)",
                List.of(new FieldProblem(null, "ruleSetVersion", "one of " + e.versions()))).build();
    }
}
