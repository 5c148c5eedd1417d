package org.assessor.http.filter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assessor.Ids;
import org.assessor.http.InvalidParameter;
import org.assessor.http.PathInvalid;

/**
 * Refuses, before anything else looks at a request, what no client of this API sends:
 * <ul>
 *   <li>a path with anything but letters, digits and {@code - . _ ~} in its segments, an empty
 *       segment (but a trailing slash), or a {@code .} or {@code ..} segment: so the path the
 *       {@link AccessFilter} checks is exactly the path Jersey matches (400 {@code invalid-path});</li>
 *   <li>more than {@value #MAX_PARAMETERS} query parameters, a value longer than
 *       {@value #MAX_VALUE} characters or holding control characters, and an invalid id in a
 *       parameter that carries one ({@code site}, {@code questionnaire}, {@code version}, ...)
 *       (400 {@code invalid-parameter}).</li>
 * </ul>
 */
@PreMatching
@Priority(3)
public final class RequestLimitsFilter implements ContainerRequestFilter {
    /** The most query parameters one request may have (a comparison may name up to 500 sites). */
    public static final int MAX_PARAMETERS = 600;
    /** The longest query parameter value. */
    public static final int MAX_VALUE = 256;
    /**
     * The longest value on the single sign-on callback, whose authorization code and state are the
     * identity provider's (Entra ID's codes run to several hundred characters).
     */
    public static final int MAX_CALLBACK_VALUE = 4096;
    private static final String CALLBACK = "/sign-in/oidc/callback";
    /** The parameters whose values are ids, in every endpoint that has them. */
    public static final Set<String> ID_PARAMETERS = Set.of("site", "questionnaire", "questionnaireId", "version",
            "ruleSetVersion", "cursor");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        checkPath(path);
        checkQuery(request, CALLBACK.equals(path) ? MAX_CALLBACK_VALUE : MAX_VALUE);
    }

    private static void checkPath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new PathInvalid("the request path must start with '/'");
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean trailing = i == segments.length - 1 && segment.isEmpty();
            if (trailing) {
                continue;
            }
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw new PathInvalid("no path of this API has " + (segment.isEmpty() ? "an empty segment"
                        : segment.equals(".") || segment.equals("..") ? "a '" + segment + "' segment"
                        : "percent-escapes or characters other than letters, digits and - . _ ~")
                        + "; ids are " + Ids.RULE);
            }
        }
    }

    private static void checkQuery(ContainerRequestContext request, int maxValue) {
        String raw = request.getUriInfo().getRequestUri().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return;
        }
        if (raw.split("&", -1).length > MAX_PARAMETERS) {
            throw new InvalidParameter("query", "at most " + MAX_PARAMETERS + " query parameters");
        }
        MultivaluedMap<String, String> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("query", "the query string is not well-formed (a bad percent-escape?)");
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if (value.length() > maxValue || CONTROL.matcher(value).find()) {
                    throw new InvalidParameter(shorten(name), "values are at most " + maxValue
                            + " characters, without control characters");
                }
                if (ID_PARAMETERS.contains(name) && !value.isEmpty() && !Ids.isValid(value)) {
                    throw new InvalidParameter(name, "not a valid id: " + Ids.RULE);
                }
            }
        }
    }

    private static String shorten(String name) {
        String plain = CONTROL.matcher(name).replaceAll("?");
        return plain.length() <= 64 ? plain : plain.substring(0, 64) + "…";
    }
}
