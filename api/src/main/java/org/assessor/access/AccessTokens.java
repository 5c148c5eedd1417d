package org.assessor.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assessor.Ids;
import org.assessor.MalformedJson;
import org.assessor.StrictJson;

/**
 * The tokens of a token file ({@code serve --tokens FILE}): a JSON array of
 * {@code {"token": "...", "role": "site|peer-reviewer|commissioner|auditor|admin", "site": "ID", "name": "..."}},
 * {@code site} for (and only for) role {@code site}, {@code name} optional. Only the SHA-256 of
 * each token is kept; {@link #find} compares in constant time. Immutable, thread-safe.
 */
public final class AccessTokens {
    /** The shortest token accepted: 32 characters (e.g. {@code openssl rand -base64 32} gives 44). */
    public static final int MIN_TOKEN_LENGTH = 32;
    /** The longest token accepted. */
    public static final int MAX_TOKEN_LENGTH = 512;
    /** The largest token file read. */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** RFC 6750's {@code b64token}: what may follow {@code Bearer }. */
    static final Pattern TOKEN_SYNTAX = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._@:'-]{0,63}");
    private static final Set<String> FIELDS = Set.of("token", "role", "site", "name");

    private final List<Entry> entries;

    private record Entry(byte[] digest, Caller caller) {
    }

    private AccessTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the token file {@code file}.
     *
     * @throws TokensInvalid naming the file and every entry at fault (never quoting a token)
     */
    public static AccessTokens load(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new TokensInvalid(file + ": larger than " + MAX_FILE_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TokensInvalid("cannot read the token file " + file + ": " + e.getMessage());
        }
        return parse(bytes, file.toString());
    }

    /**
     * Reads a token file's content; {@code source} names it in messages.
     *
     * @throws TokensInvalid naming every entry at fault (never quoting a token)
     */
    public static AccessTokens parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = StrictJson.read(json);
        } catch (MalformedJson e) {
            throw new TokensInvalid(source + ": " + e.getMessage());
        }
        if (!root.isArray() || root.isEmpty()) {
            throw new TokensInvalid(source + ": expected a non-empty JSON array of {\"token\", \"role\", \"site\"}");
        }
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> digests = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            Entry entry = entry(root.get(i), "entry " + (i + 1), problems);
            if (entry == null) {
                continue;
            }
            Integer same = digests.putIfAbsent(HexFormat.of().formatHex(entry.digest()), i + 1);
            if (same != null) {
                problems.add("entries " + same + " and " + (i + 1) + " have the same token; give every holder "
                        + "their own");
                continue;
            }
            Integer sameId = ids.putIfAbsent(entry.caller().id(), i + 1);
            if (sameId != null) {
                problems.add("entries " + sameId + " and " + (i + 1) + " have the same name '"
                        + entry.caller().id() + "'");
                continue;
            }
            entries.add(entry);
        }
        if (!problems.isEmpty()) {
            throw new TokensInvalid(source + ": " + String.join("; ", problems));
        }
        return new AccessTokens(entries);
    }

    private static Entry entry(JsonNode node, String at, List<String> problems) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(at + ": expected an object with token, role and (for a site) site");
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(at + ": unknown field '" + name + "'; expected token, role, site and name");
            }
        }
        String token = text(node, "token");
        String roleCode = text(node, "role");
        String site = text(node, "site");
        String name = text(node, "name");
        if (token == null) {
            problems.add(at + ": token is required (a string)");
        } else if (token.length() < MIN_TOKEN_LENGTH || token.length() > MAX_TOKEN_LENGTH) {
            problems.add(at + ": the token has " + token.length() + " characters; it needs " + MIN_TOKEN_LENGTH
                    + " to " + MAX_TOKEN_LENGTH + " (generate one with: openssl rand -base64 32)");
        } else if (!TOKEN_SYNTAX.matcher(token).matches()) {
            problems.add(at + ": the token may hold only letters, digits and - . _ ~ + / (and = at the end), "
                    + "so that it travels in an Authorization: Bearer header");
        }
        Role role = roleCode == null ? null : Role.fromCode(roleCode).orElse(null);
        if (role == null) {
            problems.add(at + ": role must be one of " + Role.codes());
        }
        if (role == Role.SITE && (site == null || !Ids.isValid(site))) {
            problems.add(at + ": a site token needs site, the site's id (" + Ids.RULE + ")");
        } else if (role != Role.SITE && node.has("site")) {
            problems.add(at + ": only a site token has a site; a " + (role == null ? "non-site" : role.code())
                    + " token sees every site its role allows");
        }
        if (node.has("name") && (name == null || !NAME.matcher(name).matches())) {
            problems.add(at + ": name must be 1 to 64 letters, digits, spaces or . _ @ : ' -, starting with a "
                    + "letter or digit");
        }
        if (problems.size() > before) {
            return null;
        }
        byte[] digest = sha256(token);
        String id = name != null ? name : role.code() + (site == null ? "" : ":" + site) + ":"
                + HexFormat.of().formatHex(digest, 0, 4);
        return new Entry(digest, new Caller(id, role, role == Role.SITE ? site : null));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /**
     * The caller holding {@code token}, if it is one of these. Takes the same time whichever
     * entry matches, or none: every entry's SHA-256 is compared with {@link MessageDigest#isEqual}.
     */
    public Optional<Caller> find(String token) {
        byte[] digest = sha256(token);
        Caller found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest)) {
                found = entry.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    /** How many tokens there are of each role, for the startup log. */
    public Map<Role, Integer> countByRole() {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        entries.forEach(e -> counts.merge(e.caller().role(), 1, Integer::sum));
        return counts;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
