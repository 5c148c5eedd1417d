package org.assessor.http;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The OpenAPI 3 document of the API, generated from the resources' JAX-RS and OpenAPI
 * annotations by swagger-core's reader: from the code, so it cannot drift from it. Built on
 * first use, then kept. Thread-safe.
 */
public final class OpenApiDocument {
    private final List<Class<?>> resources;
    private final String version;
    private String json;

    /**
     * @param resources the resource classes to describe
     * @param version   the API version to show
     */
    public OpenApiDocument(List<Class<?>> resources, String version) {
        this.resources = List.copyOf(resources);
        this.version = version;
    }

    /** The document as pretty-printed JSON. */
    public synchronized String json() {
        if (json == null) {
            OpenAPI api = new OpenAPI().info(new Info().title("Assessor API").version(version)
                    .description("Rate a site's answers to a standards questionnaire with versioned rule sets; "
                            + "store and list the explained results. Every error is application/problem+json "
                            + "(RFC 9457) with a requestId."));
            OpenAPI read = new Reader(api).read(new LinkedHashSet<>(resources));
            // swagger-core types a oneOf declared on an interface as "object", which would
            // contradict its alternatives (an answer is a string or a number)
            read.getComponents().getSchemas().values().stream().filter(schema -> schema.getOneOf() != null)
                    .forEach(schema -> schema.setType(null));
            json = Json.pretty(read);
        }
        return json;
    }
}
