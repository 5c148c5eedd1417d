package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve}'s single sign-on options: what a configuration must have, that its secret is never
 * shown, that a wrong one stops {@code serve} before anything starts, and that the sign-in page
 * offers the organisation's account only when one is configured.
 */
class OidcConfigTest {
    private static final URI ISSUER = URI.create("https://login.example.org/realms/staff");
    /** An address serve refuses without --tokens: should the options be accepted by mistake, it stops at once. */
    private static final String NOT_HERE = "203.0.113.1";

    @Test
    void aProviderNeedsAClientIdAndSecretAndTheScopesIncludeOpenid() {
        OidcConfig config = OidcConfig.of(ISSUER, "assessor", null, "from-the-environment", null);
        assertThat(config.clientSecret()).isEqualTo("from-the-environment");
        assertThat(config.scope()).isEqualTo("openid email profile");
        assertThat(config.scopes()).containsExactly("openid", "email", "profile");
        assertThat(OidcConfig.of(ISSUER, "assessor", "from-the-option", "from-the-environment", " openid  email ")
                .clientSecret()).as("the option wins").isEqualTo("from-the-option");
        assertThat(OidcConfig.of(ISSUER, "assessor", "s", null, " openid  email ").scopes())
                .containsExactly("openid", "email");
        assertThat(OidcConfig.of(null, null, null, "an unrelated environment", null)).as("no provider").isNull();

        assertThatThrownBy(() -> OidcConfig.of(ISSUER, "assessor", null, null, null))
                .hasMessageContaining(OidcConfig.SECRET_VARIABLE);
        assertThatThrownBy(() -> OidcConfig.of(ISSUER, " ", "s", null, null)).hasMessageContaining("--oidc-client-id");
        assertThatThrownBy(() -> OidcConfig.of(ISSUER, "assessor", "s", null, "email profile"))
                .hasMessageContaining("must include openid");
        assertThatThrownBy(() -> OidcConfig.of(null, "assessor", null, null, null))
                .hasMessageContaining("need --oidc-issuer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://login.example.org/realms/staff", "https://login.example.org/?tenant=1",
            "https://login.example.org/#x", "login.example.org", "ftp://login.example.org/",
            "https://user@login.example.org/", "http://10.0.0.1/realm"})
    void anIssuerIsAnHttpsAddressOrPlainHttpOnThisMachine(String issuer) {
        assertThatThrownBy(() -> OidcConfig.of(URI.create(issuer), "assessor", "s", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--oidc-issuer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8180/realms/dev", "http://127.0.0.1:8180/", "http://[::1]:8180/x"})
    void plainHttpIsAcceptedForAProviderOnThisMachine(String issuer) {
        assertThat(OidcConfig.of(URI.create(issuer), "assessor", "s", null, null).issuer()).hasToString(issuer);
    }

    @Test
    void theSecretIsNeverShown() {
        OidcConfig config = OidcConfig.of(ISSUER, "assessor", "hunter2-but-longer", null, null);
        assertThat(config.toString()).contains("assessor").contains(ISSUER.toString()).doesNotContain("hunter2");
    }

    @Test
    void serveRefusesAnIncompleteOrWrongProviderBeforeStarting() {
        assertThat(WebSite.cli("serve", "--host", NOT_HERE, "--port", "0", "--oidc-client-id", "assessor"))
                .contains("--oidc-client-id and --oidc-client-secret need --oidc-issuer");
        assertThat(WebSite.cli("serve", "--host", NOT_HERE, "--port", "0", "--oidc-issuer", "http://login.example.org/",
                "--oidc-client-id", "assessor", "--oidc-client-secret", "s"))
                .contains("--oidc-issuer must be an https address");
        assertThat(WebSite.cli("serve", "--host", NOT_HERE, "--port", "0", "--oidc-issuer", "https://login.example.org/",
                "--oidc-client-secret", "s")).contains("--oidc-issuer needs --oidc-client-id");
        assertThat(WebSite.cli("serve", "--help")).contains("--oidc-issuer=URL").contains("--oidc-client-id=ID")
                .contains("--oidc-client-secret=SECRET").contains("--oidc-scope=SCOPES")
                .contains(OidcConfig.SECRET_VARIABLE);
    }

    @Test
    void theSignInPageOffersTheOrganisationsAccountOnlyWhenOneIsConfigured() {
        Pages pages = new Pages();
        Page page = new Page("Sign in", "nonce", "csrf", Optional.empty(), false);
        String with = pages.html("sign-in.jte", page, new SignInForm("", null, null, true));
        String without = pages.html("sign-in.jte", page, new SignInForm("", null, null, false));
        assertThat(with).contains("<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"/sign-in/oidc\"")
                .contains("Sign in with your organisation's account").contains("name=\"password\"");
        assertThat(without).doesNotContain("/sign-in/oidc").doesNotContain("organisation's account")
                .contains("name=\"password\"");
        assertThat(List.of(with, without)).allSatisfy(html -> assertThat(html).contains("<h1>Sign in</h1>"));
    }
}
