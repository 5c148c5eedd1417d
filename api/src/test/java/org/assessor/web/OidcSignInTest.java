package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;
import org.assessor.access.Role;
import org.assessor.server.Assessor;
import org.assessor.server.Server;
import org.assessor.store.Database;
import org.assessor.store.JdbcAccounts;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Single sign-on as a person meets it, over plain HTTP against a REAL OpenID Connect provider
 * (mock-oauth2-server on a free port: discovery, JWKS, signed tokens, PKCE checked) and the real
 * Assessor server started with {@code --oidc-issuer}: the browser goes to the provider and comes
 * back signed in to the local account of its verified e-mail address. An address with no account,
 * a tampered, replayed, foreign or missing state, a provider's error, a code from another provider
 * and every kind of bad ID token end on a page that says so, with no session.
 */
class OidcSignInTest {
    @RegisterExtension
    static final OidcSite SITE = new OidcSite();

    /** Nora North, whose organisation's account has the same address. */
    static final String NORTH_LEAD = "lead@north.example";
    /** An account locked by failed password sign-ins. */
    static final String LOCKED = "locked@north.example";
    static final String PASSWORD = "correct horse battery";

    /**
     * The Assessor server with single sign-on through a mock-oauth2-server of its own (issuer
     * {@code http://localhost:PORT/default}), accounts made as an operator makes them.
     */
    static final class OidcSite implements BeforeAllCallback, AfterAllCallback {
        static final String CLIENT_ID = "assessor-test-client";
        static final String CLIENT_SECRET = "the test client's secret, 32 bytes or more";
        static final String ISSUER_ID = "default";
        final ForgedTokens forged = new ForgedTokens();
        final Person person = new Person();
        MockOAuth2Server provider;
        private Path folder;
        private Server server;

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            provider = startProvider(Set.of(person), forged);
            folder = Files.createTempDirectory("assessor-oidc-");
            Path data = folder.resolve("data");
            try (Database database = Database.embedded(data)) {
                Accounts accounts = new Accounts(new JdbcAccounts(database.dataSource()), Clock.systemUTC(),
                        Assessor.DEFAULT_SESSION_TIMEOUT);
                accounts.put(NORTH_LEAD, "Nora North", Role.SITE, "north", PASSWORD.toCharArray());
                accounts.put(LOCKED, "Lou Locked", Role.SITE, "north", PASSWORD.toCharArray());
            }
            server = Server.start(FixtureServer.config(data).withTokens(Tokens.write(folder))
                    .withOidc(new OidcConfig(issuer(), CLIENT_ID, CLIENT_SECRET, null)));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                provider.shutdown();
                OwnServer.delete(folder);
            }
        }

        /** A provider on a free loopback port, on Netty (mock-oauth2-server's other server needs JUnit 4). */
        static MockOAuth2Server startProvider(Set<OAuth2TokenCallback> people, Route... routes) {
            MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
                    new OAuth2TokenProvider(), people, new NettyWrapper()), routes);
            server.start();
            return server;
        }

        URI issuer() {
            return URI.create(provider.issuerUrl(ISSUER_ID).toString());
        }

        URI uri() {
            return server.uri();
        }

        WebClient client() {
            return new WebClient(server.uri());
        }

        /** The provider's sign-ins are of {@code email}, named {@code name}, from now on. */
        void nextPerson(String email, String name) {
            person.claims.set(Map.of("email", email, "email_verified", true, "name", name));
        }
    }

    /**
     * Who signs in at the provider: the claims its ID tokens carry (as a person's directory entry
     * would give them), set by each test.
     */
    static final class Person extends DefaultOAuth2TokenCallback {
        final AtomicReference<Map<String, Object>> claims = new AtomicReference<>(Map.of());

        Person() {
            super(OidcSite.ISSUER_ID);
        }

        @Override
        public String subject(TokenRequest request) {
            return "subject-of-" + claims.get().get("email");
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            Map<String, Object> all = new LinkedHashMap<>(super.addClaims(request));
            all.putAll(claims.get());
            return all;
        }
    }

    /**
     * Answers the provider's next token request with an ID token the test made, in place of the
     * provider's own (which it still makes for every other request).
     */
    static final class ForgedTokens implements Route {
        private final AtomicReference<String> next = new AtomicReference<>();

        void next(String idToken) {
            next.set(idToken);
        }

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return next.get() != null && "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String body = "{\"access_token\": \"an-access-token\", \"token_type\": \"Bearer\", \"expires_in\": 3600,"
                    + " \"id_token\": \"" + next.getAndSet(null) + "\"}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json;charset=UTF-8"), 200, body, null);
        }
    }

    /** The steps of one sign-in through the provider, as a browser takes them. */
    record Flow(HttpResponse<String> begin, URI authorize, HttpResponse<String> atProvider, URI callback,
                String flowCookie) {
        Map<String, String> authorizeQuery() {
            return query(authorize);
        }
    }

    /** Begins signing in with the organisation's account and lets the provider answer; stops before coming back. */
    private static Flow toProviderAndBack(WebClient web) {
        HttpResponse<String> begin = web.get("/sign-in/oidc");
        assertThat(begin.statusCode()).as(begin.body()).isEqualTo(302);
        URI authorize = location(begin);
        String flowCookie = cookie(web, OidcResource.COOKIE);
        HttpResponse<String> atProvider = web.get(authorize.toString());
        assertThat(atProvider.statusCode()).as("the provider signs in at once and sends the browser back")
                .isEqualTo(302);
        return new Flow(begin, authorize, atProvider, location(atProvider), flowCookie);
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static String cookie(WebClient web, String name) {
        return web.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static List<String> setCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static URI withQuery(URI uri, Map<String, String> fields) {
        StringBuilder q = new StringBuilder();
        fields.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        String text = uri.toString();
        int mark = text.indexOf('?');
        return URI.create((mark < 0 ? text : text.substring(0, mark)) + "?" + q);
    }

    private static void assertNoSession(WebClient web, HttpResponse<String> answer) {
        assertThat(setCookies(answer)).noneMatch(c -> c.startsWith(WebFilter.SESSION + "=") && !c.startsWith(
                WebFilter.SESSION + "=;"));
        assertThat(cookie(web, WebFilter.SESSION)).isNull();
        HttpResponse<String> rounds = web.get("/rounds");
        assertThat(rounds.statusCode()).as("no one is signed in").isEqualTo(303);
        assertThat(location(rounds).getPath()).isEqualTo("/sign-in");
    }

    @Test
    void theSignInPageOffersTheOrganisationsAccountAlongsideAPassword() {
        String page = SITE.client().get("/sign-in").body();
        assertThat(page).contains("href=\"/sign-in/oidc\"").contains("Sign in with your organisation's account")
                .contains("name=\"password\"");
    }

    @Test
    void theProvidersVerifiedAddressSignsInTheLocalAccountWithANewSession() {
        WebClient web = SITE.client();
        HttpCookie planted = new HttpCookie(WebFilter.SESSION, "planted0planted0planted0planted0planted0pla");
        planted.setPath("/");
        web.cookies().getCookieStore().add(SITE.uri(), planted);
        SITE.nextPerson("Lead@North.Example", "Nora N. at the Trust");

        Flow flow = toProviderAndBack(web);
        assertThat(setCookies(flow.begin())).anySatisfy(c -> assertThat(c).startsWith(OidcResource.COOKIE + "=")
                .contains("Path=/sign-in/oidc").contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=600"));
        assertThat(flow.authorize().toString()).startsWith(SITE.issuer() + "/authorize?");
        Map<String, String> asked = flow.authorizeQuery();
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", OidcSite.CLIENT_ID)
                .containsEntry("redirect_uri", SITE.uri().resolve("/sign-in/oidc/callback").toString())
                .containsEntry("scope", "openid email profile").containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(asked.get("state")).hasSize(43).isNotEqualTo(asked.get("nonce"));
        assertThat(flow.flowCookie()).as("the cookie does not show the state, nonce or verifier")
                .doesNotContain(asked.get("state")).doesNotContain(asked.get("nonce"));
        assertThat(flow.callback().toString()).startsWith(SITE.uri().resolve("/sign-in/oidc/callback") + "?");
        assertThat(query(flow.callback())).containsEntry("state", asked.get("state")).containsKey("code");

        HttpResponse<String> back = web.get(flow.callback().toString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(location(back).getPath()).isEqualTo("/rounds");
        String session = setCookies(back).stream().filter(c -> c.startsWith(WebFilter.SESSION + "=")).findFirst()
                .orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(session.replaceAll("^" + WebFilter.SESSION + "=([^;]*).*", "$1")).hasSize(43)
                .isNotEqualTo(planted.getValue());
        assertThat(setCookies(back)).as("the sign-in cookie is done with")
                .anySatisfy(c -> assertThat(c).startsWith(OidcResource.COOKIE + "=;").contains("Max-Age=0"));

        HttpResponse<String> rounds = web.get("/rounds");
        assertThat(rounds.statusCode()).isEqualTo(200);
        assertThat(rounds.body()).as("the local account's name and role, not the provider's")
                .contains("Nora North").contains("<h1>Your rounds</h1>").doesNotContain("Nora N. at the Trust");
    }

    @Test
    void anAddressWithoutAnAssessorAccountIsToldToAskAnAdministrator() {
        WebClient web = SITE.client();
        SITE.nextPerson("stranger@north.example", "Stella Stranger");
        Flow flow = toProviderAndBack(web);
        HttpResponse<String> back = web.get(flow.callback().toString());
        assertThat(back.statusCode()).isEqualTo(403);
        assertThat(back.body()).contains("Your organisation's account (stranger@north.example) has no Assessor"
                + " account; ask an administrator to add one");
        assertNoSession(web, back);
    }

    @Test
    void aProviderWithLongAuthorizationCodesGetsThroughTheRequestLimits() {
        WebClient web = SITE.client();
        SITE.nextPerson(NORTH_LEAD, "Nora");
        Flow flow = toProviderAndBack(web);
        String longCode = "x".repeat(1500);
        HttpResponse<String> back = web.get(flow.callback().toString().replaceAll("code=[^&]*", "code=" + longCode));
        assertThat(back.body()).as("refused by the provider, not by the request limits")
                .doesNotContain("invalid-parameter").doesNotContain("values are at most");
        assertNoSession(web, back);
    }

    @Test
    void aLockedAccountStaysLockedWhateverTheProviderSays() {
        WebClient web = SITE.client();
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            web.signIn(LOCKED, "wrong guess " + i);
        }
        SITE.nextPerson(LOCKED, "Lou Locked");
        Flow flow = toProviderAndBack(web);
        HttpResponse<String> back = web.get(flow.callback().toString());
        assertThat(back.statusCode()).isEqualTo(403);
        assertThat(back.body()).contains("This account is locked after 5 failed sign-ins");
        assertNoSession(web, back);
    }

    @Test
    void aTamperedStateSignsNoOneIn() {
        WebClient web = SITE.client();
        SITE.nextPerson(NORTH_LEAD, "Nora");
        Flow flow = toProviderAndBack(web);
        Map<String, String> fields = new LinkedHashMap<>(query(flow.callback()));
        fields.put("state", Accounts.random());
        HttpResponse<String> back = web.get(withQuery(flow.callback(), fields).toString());
        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("Sign-in failed").contains("could not be finished").contains("Try again");
        assertNoSession(web, back);
    }

    @Test
    void aCallbackOpenedInAnotherBrowserSignsNoOneIn() {
        WebClient attacker = SITE.client();
        SITE.nextPerson(NORTH_LEAD, "Nora");
        Flow flow = toProviderAndBack(attacker);
        WebClient victim = SITE.client();
        HttpResponse<String> back = victim.get(flow.callback().toString());
        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("could not be finished");
        assertNoSession(victim, back);

        HttpCookie forged = new HttpCookie(OidcResource.COOKIE, flow.flowCookie().substring(0, 40) + "x"
                + flow.flowCookie().substring(41));
        forged.setPath("/sign-in/oidc");
        victim.cookies().getCookieStore().add(SITE.uri(), forged);
        HttpResponse<String> altered = victim.get(flow.callback().toString());
        assertThat(altered.statusCode()).as("an altered sign-in cookie is refused").isEqualTo(400);
        assertNoSession(victim, altered);
    }

    @Test
    void aCallbackReplayedWithItsCookieAfterSigningInIsRefused() {
        WebClient web = SITE.client();
        SITE.nextPerson(NORTH_LEAD, "Nora");
        Flow flow = toProviderAndBack(web);
        assertThat(web.get(flow.callback().toString()).statusCode()).isEqualTo(303);

        WebClient replay = SITE.client();
        HttpCookie stolen = new HttpCookie(OidcResource.COOKIE, flow.flowCookie());
        stolen.setPath("/sign-in/oidc");
        replay.cookies().getCookieStore().add(SITE.uri(), stolen);
        HttpResponse<String> again = replay.get(flow.callback().toString());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("could not be finished");
        assertNoSession(replay, again);
    }

    @Test
    void anErrorFromTheProviderIsAPageSayingSoAndNoSession() {
        WebClient web = SITE.client();
        HttpResponse<String> begin = web.get("/sign-in/oidc");
        String state = query(location(begin)).get("state");
        HttpResponse<String> back = web.get(withQuery(SITE.uri().resolve("/sign-in/oidc/callback"), Map.of(
                "error", "access_denied", "error_description", "The user cancelled", "state", state)).toString());
        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("<title>Sign-in failed - Assessor</title>")
                .contains("did not sign you in").contains("href=\"/sign-in/oidc\"");
        assertNoSession(web, back);
    }

    @Test
    void aCodeFromAnotherProviderIsRefusedByTheConfiguredOne() {
        MockOAuth2Server other = OidcSite.startProvider(Set.of());
        try {
            WebClient web = SITE.client();
            HttpResponse<String> begin = web.get("/sign-in/oidc");
            URI authorize = location(begin);
            URI elsewhere = URI.create(other.authorizationEndpointUrl(OidcSite.ISSUER_ID).toString() + "?"
                    + authorize.getRawQuery());
            HttpResponse<String> atOther = web.get(elsewhere.toString());
            assertThat(atOther.statusCode()).isEqualTo(302);
            HttpResponse<String> back = web.get(location(atOther).toString());
            assertThat(back.statusCode()).isEqualTo(400);
            assertThat(back.body()).contains("did not sign you in");
            assertNoSession(web, back);
        } finally {
            other.shutdown();
        }
    }

    /** ID tokens that must be refused, each otherwise right. */
    enum BadToken {
        SIGNED_BY_ANOTHER_KEY, FOR_ANOTHER_AUDIENCE, FROM_ANOTHER_ISSUER, WITH_ANOTHER_NONCE, EXPIRED, UNSIGNED,
        MACED_WITH_THE_CLIENT_SECRET
    }

    @ParameterizedTest
    @EnumSource(BadToken.class)
    void anIdTokenThatFailsVerificationIsRefused(BadToken bad) throws Exception {
        WebClient web = SITE.client();
        HttpResponse<String> begin = web.get("/sign-in/oidc");
        Map<String, String> asked = query(location(begin));
        Map<String, Object> claims = new LinkedHashMap<>(Map.of(
                "iss", bad == BadToken.FROM_ANOTHER_ISSUER ? SITE.provider.issuerUrl("elsewhere").toString()
                        : SITE.issuer().toString(),
                "aud", bad == BadToken.FOR_ANOTHER_AUDIENCE ? "someone-else" : OidcSite.CLIENT_ID,
                "sub", "subject-of-nora",
                "nonce", bad == BadToken.WITH_ANOTHER_NONCE ? Accounts.random() : asked.get("nonce"),
                "email", NORTH_LEAD,
                "email_verified", true));
        Duration expiry = bad == BadToken.EXPIRED ? Duration.ofMinutes(-5) : Duration.ofMinutes(5);
        OAuth2TokenProvider keys = SITE.provider.getConfig().getTokenProvider();
        String idToken = switch (bad) {
            case SIGNED_BY_ANOTHER_KEY -> keys.jwt(claims, expiry, "elsewhere").serialize();
            case UNSIGNED -> new PlainJWT(claimsSet(claims, expiry)).serialize();
            case MACED_WITH_THE_CLIENT_SECRET -> {
                SignedJWT maced = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claimsSet(claims, expiry));
                maced.sign(new MACSigner(OidcSite.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8)));
                yield maced.serialize();
            }
            default -> keys.jwt(claims, expiry, OidcSite.ISSUER_ID).serialize();
        };
        SITE.forged.next(idToken);
        HttpResponse<String> atProvider = web.get(location(begin).toString());
        HttpResponse<String> back = web.get(location(atProvider).toString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(400);
        assertThat(back.body()).contains("could not confirm who you are");
        assertNoSession(web, back);
    }

    @Test
    void theSameTokenSignedByTheProvidersOwnKeyIsAccepted() {
        WebClient web = SITE.client();
        HttpResponse<String> begin = web.get("/sign-in/oidc");
        Map<String, String> asked = query(location(begin));
        SITE.forged.next(SITE.provider.getConfig().getTokenProvider().jwt(Map.of("iss", SITE.issuer().toString(),
                "aud", OidcSite.CLIENT_ID, "sub", "subject-of-nora", "nonce", asked.get("nonce"), "email", NORTH_LEAD),
                Duration.ofMinutes(5), OidcSite.ISSUER_ID).serialize());
        HttpResponse<String> atProvider = web.get(location(begin).toString());
        HttpResponse<String> back = web.get(location(atProvider).toString());
        assertThat(back.statusCode()).as("the forged-token route itself is not what refuses: " + back.body())
                .isEqualTo(303);
        assertThat(web.get("/rounds").body()).contains("Nora North");
    }

    @Test
    void aSignInNotFinishedWithinTenMinutesIsRefusedAndTheProviderMustBeReachable() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
        OidcSignIn oidc = new OidcSignIn(new OidcConfig(SITE.issuer(), OidcSite.CLIENT_ID, OidcSite.CLIENT_SECRET, null),
                () -> URI.create("http://127.0.0.1:9/sign-in/oidc/callback"), clock);
        OidcSignIn.Start start = oidc.start();
        String state = query(start.authorization()).get("state");
        clock.now = clock.now.plus(OidcSignIn.FLOW_TIMEOUT);
        assertThatThrownBy(() -> oidc.finish(start.cookie(), new OidcSignIn.Callback("a-code", state, null, null, null)))
                .isInstanceOfSatisfying(OidcFailed.class, e -> assertThat(e.reason()).isEqualTo(OidcFailed.Reason.STATE))
                .hasMessageContaining("longer than 10 minutes");

        OidcSignIn otherSecret = new OidcSignIn(new OidcConfig(SITE.issuer(), OidcSite.CLIENT_ID, "another secret",
                null), () -> URI.create("http://127.0.0.1:9/sign-in/oidc/callback"), Clock.systemUTC());
        OidcSignIn.Start mine = new OidcSignIn(new OidcConfig(SITE.issuer(), OidcSite.CLIENT_ID,
                OidcSite.CLIENT_SECRET, null), () -> URI.create("http://127.0.0.1:9/cb"), Clock.systemUTC()).start();
        assertThatThrownBy(() -> otherSecret.finish(mine.cookie(), new OidcSignIn.Callback("a-code",
                query(mine.authorization()).get("state"), null, null, null)))
                .as("a cookie sealed under another configuration's key is not one of ours")
                .isInstanceOfSatisfying(OidcFailed.class, e -> assertThat(e.reason()).isEqualTo(OidcFailed.Reason.STATE));

        OidcSignIn nowhere = new OidcSignIn(new OidcConfig(URI.create("http://127.0.0.1:1/nowhere"), "id", "secret",
                null), () -> URI.create("http://127.0.0.1:9/cb"), Clock.systemUTC());
        assertThatThrownBy(nowhere::start).isInstanceOfSatisfying(OidcFailed.class,
                e -> assertThat(e.reason()).isEqualTo(OidcFailed.Reason.UNAVAILABLE));
    }

    private static JWTClaimsSet claimsSet(Map<String, Object> claims, Duration expiry) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(expiry)));
        claims.forEach(builder::claim);
        return builder.build();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
