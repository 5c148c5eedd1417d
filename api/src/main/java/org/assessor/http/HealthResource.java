package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assessor.api.HealthView;
import org.assessor.app.HealthCheck;

/** {@code GET /health}: whether the server and its storage answer. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public final class HealthResource {
    private final HealthCheck health;

    public HealthResource(HealthCheck health) {
        this.health = health;
    }

    @GET
    @Operation(operationId = "health", summary = "Whether the server and its storage answer", responses = {
            @ApiResponse(responseCode = "200", description = "Everything answers",
                    content = @Content(schema = @Schema(implementation = HealthView.class))),
            @ApiResponse(responseCode = "503", description = "The storage does not answer",
                    content = @Content(schema = @Schema(implementation = HealthView.class)))})
    public Response health() {
        HealthView view = health.check();
        return Response.status("ok".equals(view.status()) ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(view).build();
    }
}
