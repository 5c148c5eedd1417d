package org.assessor.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import org.assessor.api.ApiJson;

/** Gives Jersey's Jackson provider the one mapper Assessor writes JSON with, {@link ApiJson#mapper()}. */
public final class JacksonConfig implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return ApiJson.mapper();
    }
}
