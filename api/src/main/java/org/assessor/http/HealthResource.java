package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assessor.api.HealthView;
import org.assessor.api.ReadinessView;
import org.assessor.app.HealthCheck;

/**
 * {@code GET /health}: whether the server and its storage answer (liveness); {@code GET
 * /health/ready}: whether the node should be sent work, 503 until its rule sets have compiled
 * (readiness, for load balancers). Both open to everyone.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public final class HealthResource {
    /** Seconds a load balancer is asked to wait before checking again. */
    private static final int RETRY_AFTER_SECONDS = 5;
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
        HealthView view = HealthView.of(health.check());
        if ("ok".equals(view.status())) {
            return Response.ok(view).build();
        }
        return unavailable(view);
    }

    @GET
    @Path("ready")
    @Operation(operationId = "ready", summary = "Whether this node should be sent work: its rule sets have "
            + "compiled and its storage answers", responses = {
            @ApiResponse(responseCode = "200", description = "Ready",
                    content = @Content(schema = @Schema(implementation = ReadinessView.class))),
            @ApiResponse(responseCode = "503", description = "Still compiling its rule sets, or the storage does "
                    + "not answer", content = @Content(schema = @Schema(implementation = ReadinessView.class)))})
    public Response ready() {
        ReadinessView view = ReadinessView.of(health.readiness());
        return view.isReady() ? Response.ok(view).build() : unavailable(view);
    }

    private static Response unavailable(Object view) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(view).build();
    }
}
