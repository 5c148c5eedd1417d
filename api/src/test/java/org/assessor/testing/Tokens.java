package org.assessor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The callers of the access-control tests and a token file holding their tokens: two sites,
 * two peer reviewers, a commissioner, an auditor and an admin. Tokens are 44-character strings
 * of the kind {@code openssl rand -base64 32} makes.
 */
public final class Tokens {
    /** A site token for site {@code north}. */
    public static final String NORTH = "nOrTh0site0token0aaaaaaaaaaaaaaaaaaaaaaaaa=";
    /** A site token for site {@code south}. */
    public static final String SOUTH = "sOuTh0site0token0bbbbbbbbbbbbbbbbbbbbbbbbb=";
    /** A peer reviewer, named {@code peer one}. */
    public static final String PEER_1 = "pEeR1+reviewer+token+ccccccccccccccccccccccc";
    /** Another peer reviewer, unnamed. */
    public static final String PEER_2 = "pEeR2/reviewer/token/ddddddddddddddddddddddd";
    /** A commissioner. */
    public static final String COMMISSIONER = "cOmMiSsIoNeR-token-eeeeeeeeeeeeeeeeeeeeeeeee";
    /** An auditor. */
    public static final String AUDITOR = "aUdItOr_token_fffffffffffffffffffffffffffffff";
    /** An admin. */
    public static final String ADMIN = "aDmIn.token.gggggggggggggggggggggggggggggggggg";
    /** Well-formed, but in no token file. */
    public static final String UNKNOWN = "uNkNoWn0token0hhhhhhhhhhhhhhhhhhhhhhhhhhhhh=";

    private Tokens() {
    }

    /** The token file's JSON. */
    public static String json() {
        return """
                [{"token": "%s", "role": "site", "site": "north"},
                 {"token": "%s", "role": "site", "site": "south"},
                 {"token": "%s", "role": "peer-reviewer", "name": "peer one"},
                 {"token": "%s", "role": "peer-reviewer"},
                 {"token": "%s", "role": "commissioner"},
                 {"token": "%s", "role": "auditor"},
                 {"token": "%s", "role": "admin", "name": "ops"}]
                """.formatted(NORTH, SOUTH, PEER_1, PEER_2, COMMISSIONER, AUDITOR, ADMIN);
    }

    /** Writes {@link #json()} to {@code tokens.json} in {@code folder}; returns the file. */
    public static Path write(Path folder) {
        try {
            return Files.writeString(folder.resolve("tokens.json"), json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
