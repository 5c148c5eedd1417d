package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.access.TokensInvalid;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting with a token file: any address may be used, and the tokens can be rotated without a restart. */
class AccessControlServerTest {
    private static final String NEW_ADMIN = "rotated-admin-token-0000000000000000000000000";
    @TempDir
    Path temp;

    @Test
    void withTokensTheServerMayListenOnEveryAddress() {
        ServerConfig config = FixtureServer.config(temp.resolve("data")).withAddress("0.0.0.0", 0)
                .withTokens(Tokens.write(temp));
        try (Server server = Server.start(config)) {
            SecuredApi api = new SecuredApi(new ApiClient(URI.create("http://127.0.0.1:" + server.port() + "/")));
            assertThat(api.get(null, "/api/assessments").statusCode()).isEqualTo(401);
            assertThat(api.get(Tokens.COMMISSIONER, "/api/assessments").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void reloadingPutsTheNewFileInForceAndABrokenFileChangesNothing() throws Exception {
        Path tokens = Tokens.write(temp);
        try (Server server = Server.start(FixtureServer.config(temp.resolve("data")).withTokens(tokens))) {
            SecuredApi api = new SecuredApi(new ApiClient(server.uri()));
            assertThat(api.get(Tokens.ADMIN, "/api/assessments").statusCode()).isEqualTo(200);

            Files.writeString(tokens, "[{\"token\": \"" + NEW_ADMIN + "\", \"role\": \"admin\"}]");
            server.reloadTokens();
            assertThat(api.get(Tokens.ADMIN, "/api/assessments").statusCode()).isEqualTo(401);
            assertThat(api.get(NEW_ADMIN, "/api/assessments").statusCode()).isEqualTo(200);

            Files.writeString(tokens, "[{\"token\": \"" + NEW_ADMIN + "\", \"role\": \"admin\"");
            assertThatThrownBy(server::reloadTokens).isInstanceOf(TokensInvalid.class);
            assertThat(api.get(NEW_ADMIN, "/api/assessments").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutTokensThereIsNothingToReload() {
        try (Server server = FixtureServer.start(temp.resolve("data"))) {
            assertThatThrownBy(server::reloadTokens).isInstanceOf(IllegalStateException.class);
        }
    }
}
