package org.assessor.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Single sign-on through an organisation's OpenID Connect provider ({@code serve --oidc-issuer}).
 * {@link #toString()} never shows the secret.
 *
 * @param issuer       the provider's issuer identifier, e.g. {@code https://login.example.org/realms/nhs};
 *                     its discovery document is {@code ISSUER/.well-known/openid-configuration}
 * @param clientId     Assessor's client id at the provider
 * @param clientSecret Assessor's client secret at the provider (sent to its token endpoint only)
 * @param scope        the scopes asked for, separated by spaces; always includes {@code openid}
 */
public record OidcConfig(URI issuer, String clientId, String clientSecret, String scope) {
    /** The environment variable the client secret is read from, if {@code --oidc-client-secret} is not given. */
    public static final String SECRET_VARIABLE = "ASSESSOR_OIDC_CLIENT_SECRET";
    /** The scopes asked for unless configured. */
    public static final String DEFAULT_SCOPE = "openid email profile";

    public OidcConfig {
        Objects.requireNonNull(issuer, "issuer");
        if (!issuer.isAbsolute() || issuer.getHost() == null || issuer.getRawQuery() != null
                || issuer.getRawFragment() != null || issuer.getRawUserInfo() != null) {
            throw new IllegalArgumentException("--oidc-issuer must be the provider's issuer address, e.g."
                    + " https://login.example.org/realms/staff (no query, no fragment)");
        }
        if (!"https".equals(issuer.getScheme()) && !("http".equals(issuer.getScheme()) && loopback(issuer.getHost()))) {
            throw new IllegalArgumentException("--oidc-issuer must be an https address (plain http only for a"
                    + " provider on this machine: localhost, 127.0.0.1 or ::1)");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("--oidc-issuer needs --oidc-client-id, the client id Assessor is"
                    + " registered under at the provider");
        }
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("--oidc-issuer needs the client secret, in $" + SECRET_VARIABLE
                    + " (or --oidc-client-secret)");
        }
        String scopes = scope == null || scope.isBlank() ? DEFAULT_SCOPE : scope.strip();
        if (!Arrays.asList(scopes.split("\\s+")).contains("openid")) {
            throw new IllegalArgumentException("--oidc-scope must include openid, e.g. \"" + DEFAULT_SCOPE + "\"");
        }
        scope = scopes;
    }

    /**
     * The configuration of {@code serve}'s options: none if no option names a provider; the secret
     * from {@code secretOption}, else {@code secretVariable} (the environment's).
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public static OidcConfig of(URI issuer, String clientId, String secretOption, String secretVariable, String scope) {
        if (issuer == null) {
            if (clientId != null || secretOption != null) {
                throw new IllegalArgumentException("--oidc-client-id and --oidc-client-secret need --oidc-issuer");
            }
            return null;
        }
        return new OidcConfig(issuer, clientId, secretOption != null ? secretOption : secretVariable, scope);
    }

    /** The scopes, one by one. */
    public List<String> scopes() {
        return List.of(scope.split(" +"));
    }

    @Override
    public String toString() {
        return "OidcConfig[issuer=" + issuer + ", clientId=" + clientId + ", scope=" + scope + "]";
    }

    private static boolean loopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
