package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.assessor.api.AuditPageView;
import org.assessor.api.ProblemView;
import org.assessor.app.AuditTrail;

/** {@code GET /api/audit}: the audit log, newest first. It has no method that changes it. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rule sets")
public final class AuditResource {
    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "auditLog", summary = "Who uploaded, published, retired and re-evaluated what, when,"
            + " with the content hash; newest first", responses = {
            @ApiResponse(responseCode = "200", description = "A page; nextCursor fetches the next (older) one",
                    content = @Content(schema = @Schema(implementation = AuditPageView.class))),
            @ApiResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public AuditPageView page(
            @Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                    defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int size = QueryParameters.auditLimit(limit);
        return AuditPageView.of(audit.page(size, QueryParameters.auditCursor(cursor)), size);
    }
}
