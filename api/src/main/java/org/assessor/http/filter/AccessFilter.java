package org.assessor.http.filter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;
import org.assessor.access.AccessControl;
import org.assessor.access.AccessDenied;
import org.assessor.access.AccessPolicy;
import org.assessor.access.AccessTokens;
import org.assessor.access.Caller;
import org.assessor.access.NotAuthenticated;
import org.assessor.app.AssessmentService;
import org.assessor.store.NoSuchAssessment;

/**
 * Applies the {@link AccessPolicy} to every request, before Jersey picks a resource: works out
 * the {@link Caller} from the {@code Authorization: Bearer} token ({@link Caller#LOCAL} when
 * access control is off), refuses an unknown or missing token (401) and a role the policy does
 * not allow (403), and answers a request about an assessment the caller may not see exactly as
 * one about an assessment that does not exist (404). Resources receive the caller as a
 * {@code @Context Caller} parameter. Runs after {@link RequestLimitsFilter}, which has already
 * refused paths with anything but plain characters, so the path seen here is the one Jersey matches.
 */
@PreMatching
@Priority(4)
public final class AccessFilter implements ContainerRequestFilter {
    /** The request property that holds the {@link Caller}. */
    public static final String CALLER = AccessFilter.class.getName() + ".caller";
    private static final String BEARER = "bearer ";

    private final AccessControl access;
    private final AssessmentService assessments;

    public AccessFilter(AccessControl access, AssessmentService assessments) {
        this.access = access;
        this.assessments = assessments;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        AccessPolicy.Decision decision = AccessPolicy.decide(method, path);
        if (decision.rule().isOpen()) {
            return;
        }
        Caller caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (!"OPTIONS".equals(method) && !decision.rule().allows(caller.role())) {
            throw new AccessDenied("a " + caller.role().code() + " token may not " + method + " " + path);
        }
        String assessment = decision.assessmentId();
        if (assessment != null && !caller.readsEverySite() && !assessments.isVisible(caller, assessment)) {
            throw new NoSuchAssessment(assessment);
        }
        request.setProperty(CALLER, caller);
    }

    private Caller authenticate(String authorization) {
        Optional<AccessTokens> tokens = access.tokens();
        if (tokens.isEmpty()) {
            return Caller.LOCAL;
        }
        if (authorization == null || authorization.isBlank()) {
            throw new NotAuthenticated("this request needs a token: send Authorization: Bearer TOKEN", false);
        }
        if (authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw new NotAuthenticated("the Authorization header must be: Bearer TOKEN", true);
        }
        String token = authorization.substring(BEARER.length()).strip();
        return tokens.get().find(token).orElseThrow(() ->
                new NotAuthenticated("the token is not valid: unknown, mistyped or revoked", true));
    }
}
