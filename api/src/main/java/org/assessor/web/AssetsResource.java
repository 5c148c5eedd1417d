package org.assessor.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /assets/...}: the pages' styles, scripts and icons from the jar ({@code web/assets/}),
 * only names of the plain form {@code name.ext} or {@code images/name.ext}, cached for a day.
 */
@Path("/assets")
public final class AssetsResource {
    private static final Pattern NAME = Pattern.compile("(images/)?[a-z0-9.-]+\\.(css|js|svg|ico|png)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "ico", "image/x-icon", "png", "image/png");

    @GET
    @Path("{name: .+}")
    public Response asset(@PathParam("name") String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException();
        }
        byte[] bytes;
        try (InputStream in = AssetsResource.class.getResourceAsStream("/web/assets/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(bytes, TYPES.get(name.substring(name.lastIndexOf('.') + 1))).cacheControl(cache).build();
    }
}
