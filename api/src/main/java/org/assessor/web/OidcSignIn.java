package org.assessor.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in through an organisation's OpenID Connect provider: the authorization code flow with
 * PKCE ({@code S256}), {@code state} and {@code nonce}. It vouches only for who the person is (a
 * verified e-mail address); what they may do stays with their local account.
 *
 * <p><b>Binding to the browser.</b> {@link #start()} makes a random {@code state}, {@code nonce}
 * and PKCE verifier and seals them, with the time the sign-in must finish by
 * ({@link #FLOW_TIMEOUT}), into the value of a short-lived HttpOnly cookie: a JWE encrypted and
 * authenticated with AES-256-GCM under a key derived from the client secret, issuer and client id
 * (so every node with the same configuration can finish a sign-in another node started, and no one
 * without the secret can read or forge one). {@link #finish} accepts the provider's answer only
 * with that cookie, its {@code state} equal to the one the provider sends back, before the time
 * is up, and once: a {@code state} already used is refused on this node (another node relies on
 * the provider's authorization code being usable only once).
 *
 * <p><b>Checks.</b> The provider's configuration comes from its discovery document
 * ({@code ISSUER/.well-known/openid-configuration}, whose {@code issuer} must be exactly the one
 * configured), fetched when first needed and kept. The code is exchanged at its token endpoint
 * with the client secret ({@code client_secret_basic}, or {@code client_secret_post} if that is
 * all it offers) and the PKCE verifier; the ID token must be signed with an asymmetric algorithm
 * the provider announces, by a key of its JWKS (fetched and cached, refreshed for a key id not
 * seen before), and carry the issuer, this client as audience, an expiry not passed (a minute's
 * clock skew allowed) and the nonce. Its {@code email} claim names the person, unless
 * {@code email_verified} says it is not verified. Thread-safe.
 */
public final class OidcSignIn {
    /** How long a person has, from leaving for the provider, to come back signed in. */
    public static final Duration FLOW_TIMEOUT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private final OidcConfig config;
    private final Supplier<URI> redirectUri;
    private final Clock clock;
    private final OidcPending pending;
    private volatile Provider provider;

    /**
     * @param config      the provider and this client
     * @param redirectUri the callback's address as the provider sends browsers to it (known once the server listens)
     * @param clock       what times the sign-in's expiry
     */
    public OidcSignIn(OidcConfig config, Supplier<URI> redirectUri, Clock clock) {
        this.config = config;
        this.redirectUri = redirectUri;
        this.clock = clock;
        this.pending = new OidcPending(config, clock);
    }

    /** The provider's issuer. */
    public URI issuer() {
        return config.issuer();
    }

    /** Where the provider sends the browser back to. */
    public URI redirectUri() {
        return redirectUri.get();
    }

    /** A sign-in begun: the provider's address to send the browser to, and the cookie that binds it to this browser. */
    public record Start(URI authorization, String cookie) {
    }

    /** Who the provider vouched for. */
    public record Identity(String email, String name, String subject) {
    }

    /** What the provider's redirect back carried (each null if absent). */
    public record Callback(String code, String state, String error, String errorDescription, String issuer) {
    }

    /**
     * Begins a sign-in.
     *
     * @throws OidcFailed {@link OidcFailed.Reason#UNAVAILABLE} if the provider's configuration cannot be had
     */
    public Start start() throws OidcFailed {
        Provider p = provider();
        State state = new State(Accounts.random());
        Nonce nonce = new Nonce(Accounts.random());
        CodeVerifier verifier = new CodeVerifier();
        Instant expires = clock.instant().plus(FLOW_TIMEOUT);
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope(config.scopes().toArray(String[]::new)), new ClientID(config.clientId()), redirectUri.get())
                .endpointURI(p.metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), pending.seal(new OidcPending.Pending(state.getValue(), nonce.getValue(), verifier.getValue(),
                expires)));
    }

    /**
     * Finishes a sign-in: checks that {@code cookie} is the one {@link #start()} gave this browser
     * and matches {@code callback}, exchanges the code and verifies the ID token.
     *
     * @throws OidcFailed saying why not; nothing is signed in then
     */
    public Identity finish(String cookie, Callback callback) throws OidcFailed {
        OidcPending.Pending pending = this.pending.unseal(cookie);
        if (callback.state() == null || !MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.UTF_8),
                callback.state().getBytes(StandardCharsets.UTF_8))) {
            throw new OidcFailed(OidcFailed.Reason.STATE, "the state sent back is not the one this browser's sign-in began with");
        }
        this.pending.remember(pending);
        if (callback.issuer() != null && !callback.issuer().equals(config.issuer().toString())) {
            throw new OidcFailed(OidcFailed.Reason.PROVIDER_ERROR, "the answer names another issuer ("
                    + printable(callback.issuer()) + ")");
        }
        if (callback.error() != null) {
            throw new OidcFailed(OidcFailed.Reason.PROVIDER_ERROR, "the provider answered " + printable(callback.error())
                    + (callback.errorDescription() == null ? "" : ": " + printable(callback.errorDescription())));
        }
        if (callback.code() == null || callback.code().isEmpty()) {
            throw new OidcFailed(OidcFailed.Reason.PROVIDER_ERROR, "the provider sent back no authorization code");
        }
        Provider p = provider();
        JWT idToken = exchange(p, callback.code(), new CodeVerifier(pending.verifier()));
        IDTokenClaimsSet claims;
        try {
            claims = p.validator.validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new OidcFailed(OidcFailed.Reason.TOKEN_REFUSED, "the ID token was refused: " + e.getMessage(), e);
        }
        String email = claims.getStringClaim("email");
        Boolean verified = claims.getBooleanClaim("email_verified");
        if (email == null || email.isBlank() || !email.contains("@")) {
            throw new OidcFailed(OidcFailed.Reason.NO_EMAIL, "the ID token of " + claims.getSubject()
                    + " has no email claim (is the email scope asked for and granted?)");
        }
        if (Boolean.FALSE.equals(verified)) {
            throw new OidcFailed(OidcFailed.Reason.NO_EMAIL, "the provider says the email address of "
                    + claims.getSubject() + " is not verified");
        }
        String name = claims.getStringClaim("name");
        return new Identity(email.strip().toLowerCase(Locale.ROOT), name, claims.getSubject().getValue());
    }

    private JWT exchange(Provider p, String code, CodeVerifier verifier) throws OidcFailed {
        TokenRequest request = new TokenRequest.Builder(p.metadata.getTokenEndpointURI(), p.clientAuthentication,
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri.get(), verifier)).build();
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new OidcFailed(OidcFailed.Reason.UNAVAILABLE, "the token endpoint could not be reached: " + e.getMessage(), e);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new OidcFailed(OidcFailed.Reason.TOKEN_REFUSED, "the token endpoint's answer is not OpenID Connect: "
                    + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            throw new OidcFailed(OidcFailed.Reason.PROVIDER_ERROR, "the token endpoint refused the code: "
                    + (error.getErrorObject() == null ? "no error given" : printable(error.getErrorObject().getCode())));
        }
        if (!(response instanceof OIDCTokenResponse oidc) || oidc.getOIDCTokens().getIDToken() == null) {
            throw new OidcFailed(OidcFailed.Reason.TOKEN_REFUSED, "the token endpoint gave no ID token");
        }
        return oidc.getOIDCTokens().getIDToken();
    }

    /** The provider's configuration, fetched once it is first needed (and again after a failure). */
    private Provider provider() throws OidcFailed {
        Provider p = provider;
        if (p != null) {
            return p;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    private Provider discover() throws OidcFailed {
        Issuer issuer = new Issuer(config.issuer());
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
        } catch (IOException | GeneralException | RuntimeException e) {
            throw new OidcFailed(OidcFailed.Reason.UNAVAILABLE, "the provider's discovery document "
                    + config.issuer() + "/.well-known/openid-configuration could not be had: " + e.getMessage(), e);
        }
        if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null) {
            throw new OidcFailed(OidcFailed.Reason.UNAVAILABLE, "the provider's discovery document names no"
                    + " authorization endpoint, token endpoint or jwks_uri");
        }
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        List<JWSAlgorithm> announced = metadata.getIDTokenJWSAlgs();
        if (announced != null) {
            announced.stream().filter(a -> JWSAlgorithm.Family.SIGNATURE.contains(a)).forEach(algorithms::add);
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256);
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, JWKS_SIZE_LIMIT)).build();
        } catch (IOException | IllegalArgumentException e) {
            throw new OidcFailed(OidcFailed.Reason.UNAVAILABLE, "the provider's jwks_uri is not usable: " + e.getMessage(), e);
        }
        IDTokenValidator validator = new IDTokenValidator(issuer, new ClientID(config.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
        validator.setMaxClockSkew(60);
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        ClientID client = new ClientID(config.clientId());
        Secret secret = new Secret(config.clientSecret());
        ClientAuthentication authentication = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
        LOG.info("single sign-on: {} discovered (ID tokens signed with {}; client authentication {})",
                config.issuer(), algorithms, authentication.getMethod());
        return new Provider(metadata, validator, authentication);
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator,
                            ClientAuthentication clientAuthentication) {
    }

    /** {@code value}, shortened and without control characters, for a log line. */
    private static String printable(String value) {
        String plain = value.replaceAll("\\p{Cntrl}", "?");
        return plain.length() <= 200 ? plain : plain.substring(0, 200) + "…";
    }
}
