package org.assessor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token files: what is accepted, what is refused (with a message that never quotes a token). */
class AccessTokensTest {
    private static final String GOOD = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8=";
    private static final String OTHER = "0123456789abcdef0123456789abcdef0123456789abcdef";

    private static AccessTokens parse(String json) {
        return AccessTokens.parse(json.getBytes(StandardCharsets.UTF_8), "tokens.json");
    }

    @Test
    void findsEachHolderByTheirTokenAndNobodyElse() {
        AccessTokens tokens = parse(Tokens.json());

        assertThat(tokens.find(Tokens.NORTH).orElseThrow()).satisfies(c -> {
            assertThat(c.role()).isEqualTo(Role.SITE);
            assertThat(c.site()).isEqualTo("north");
            assertThat(c.id()).matches("site:north:[0-9a-f]{8}").doesNotContain(Tokens.NORTH);
        });
        assertThat(tokens.find(Tokens.PEER_1).orElseThrow().id()).isEqualTo("peer one");
        assertThat(tokens.find(Tokens.PEER_2).orElseThrow().id()).matches("peer-reviewer:[0-9a-f]{8}");
        assertThat(tokens.find(Tokens.ADMIN).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(tokens.find(Tokens.UNKNOWN)).isEmpty();
        assertThat(tokens.find(Tokens.NORTH.toUpperCase())).isEmpty();
        assertThat(tokens.find(Tokens.NORTH.substring(1))).isEmpty();
        assertThat(tokens.find("")).isEmpty();
        assertThat(tokens.countByRole()).containsExactlyInAnyOrderEntriesOf(Map.of(Role.SITE, 2,
                Role.PEER_REVIEWER, 2, Role.COMMISSIONER, 1, Role.AUDITOR, 1, Role.ADMIN, 1));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "[{\"token\": \"GOOD\", \"role\": \"site\", \"site\": \"a\"}, {\"token\": \"GOOD\", \"role\": \"admin\"}]"
                    + "| entries 1 and 2 have the same token",
            "[{\"token\": \"GOOD\", \"role\": \"root\"}]"
                    + "| entry 1: role must be one of site, peer-reviewer, commissioner, auditor, admin",
            "[{\"token\": \"GOOD\", \"role\": \"site\"}]| entry 1: a site token needs site",
            "[{\"token\": \"GOOD\", \"role\": \"site\", \"site\": \"no spaces\"}]| entry 1: a site token needs site",
            "[{\"token\": \"GOOD\", \"role\": \"commissioner\", \"site\": \"a\"}]| entry 1: only a site token has a site",
            "[{\"token\": \"short-token\", \"role\": \"admin\"}]| entry 1: the token has 11 characters; it needs 32",
            "[{\"token\": \"GOOD with spaces in it ............\", \"role\": \"admin\"}]| entry 1: the token may hold only",
            "[{\"token\": 12345, \"role\": \"admin\"}]| entry 1: token is required",
            "[{\"token\": \"GOOD\", \"role\": \"admin\", \"rol\": \"site\"}]| entry 1: unknown field 'rol'",
            "[{\"token\": \"GOOD\", \"role\": \"admin\", \"name\": \"x\"}, {\"token\": \"OTHER\", \"role\": \"admin\","
                    + " \"name\": \"x\"}]| entries 1 and 2 have the same name 'x'",
            "[{\"token\": \"GOOD\", \"role\": \"admin\", \"name\": \"\"}]| entry 1: name must be",
            "[\"GOOD\"]| entry 1: expected an object",
            "[]| expected a non-empty JSON array",
            "{\"token\": \"GOOD\", \"role\": \"admin\"}| expected a non-empty JSON array",
            "[{\"token\": \"GOOD\", \"role\": \"admin\", \"role\": \"admin\"}]| malformed JSON",
            "[{\"token\": \"GOOD\", \"role\": \"admin\"| malformed JSON"})
    void refusesAFileThatCannotBeTrustedAndNeverQuotesAToken(String json, String message) {
        String file = json.replace("OTHER", OTHER).replace("GOOD", GOOD);
        assertThatThrownBy(() -> parse(file)).isInstanceOf(TokensInvalid.class)
                .hasMessageStartingWith("tokens.json: ")
                .hasMessageContaining(message.strip())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(GOOD).doesNotContain(OTHER));
    }

    @Test
    void listsEveryEntryAtFaultAtOnce() {
        assertThatThrownBy(() -> parse("[{\"token\": \"x\", \"role\": \"admin\"}, {\"token\": \"" + GOOD
                + "\", \"role\": \"site\"}]"))
                .hasMessageContaining("entry 1: the token has 1 characters")
                .hasMessageContaining("entry 2: a site token needs site");
    }

    @Test
    void acceptsTheTokensOpensslMakes() {
        String base64 = "q8W1cHgkRzH0mXJ2uB7p3T9aVv4sLn6Ye+fD/oI5kQw=";
        String hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        AccessTokens tokens = parse("[{\"token\": \"" + base64 + "\", \"role\": \"auditor\"}, {\"token\": \"" + hex
                + "\", \"role\": \"commissioner\"}]");
        assertThat(tokens.find(base64)).map(Caller::role).hasValue(Role.AUDITOR);
        assertThat(tokens.find(hex)).map(Caller::role).hasValue(Role.COMMISSIONER);
    }

    @Test
    void aMissingOrHugeFileIsRefusedWithItsName(@TempDir Path folder) throws Exception {
        assertThatThrownBy(() -> AccessTokens.load(folder.resolve("nope.json")))
                .isInstanceOf(TokensInvalid.class).hasMessageContaining("nope.json");
        Path huge = Files.write(folder.resolve("huge.json"), new byte[AccessTokens.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> AccessTokens.load(huge)).hasMessageContaining("larger than");
    }
}
