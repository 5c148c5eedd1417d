package org.assessor.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.assessor.access.Caller;
import org.assessor.access.Role;
import org.assessor.store.JdbcAccounts;

/**
 * People's accounts and their signed-in sessions. Passwords are hashed with bcrypt (cost
 * {@value #COST}); after {@value #MAX_FAILURES} failed sign-ins in a row an account is locked for
 * {@link #LOCK_OUT}; a wrong username and a wrong password get the same answer. A session is a
 * 256-bit random cookie value of which only a hash is stored, with its own CSRF token; it ends
 * after {@code timeout} without a request. Thread-safe.
 */
public final class Accounts {
    /** The bcrypt cost factor. */
    public static final int COST = 12;
    /** Failed sign-ins in a row before the account is locked. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOCKED = "This account is locked after " + MAX_FAILURES + " failed sign-ins."
            + " Try again after " + LOCK_OUT.toMinutes() + " minutes, or ask an administrator.";
    /** A hash to check a password against when the username is unknown, so both take as long. */
    private static final String DECOY = BCrypt.withDefaults().hashToString(COST, "decoy-password".toCharArray());

    private final JdbcAccounts store;
    private final Clock clock;
    private final Duration timeout;

    public Accounts(JdbcAccounts store, Clock clock, Duration timeout) {
        this.store = store;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A signed-in person: who they are to the services, and their session's CSRF token. */
    public record SignedIn(Caller caller, String name, String csrf, Instant expires) {
    }

    /** What a sign-in gave: a new session's cookie value and who it is, or why not. */
    public record SignInResult(String cookie, SignedIn person, String refusal) {
        public boolean succeeded() {
            return cookie != null;
        }
    }

    /** How long a session lasts without a request. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Creates or replaces the account {@code username} with {@code password}.
     *
     * @throws IllegalArgumentException naming what is wrong (a short password, a site for a role without one)
     */
    public void put(String username, String name, Role role, String siteId, char[] password) {
        if (username == null || username.isBlank() || username.length() > 190 || !username.contains("@")) {
            throw new IllegalArgumentException("a username is an e-mail address of at most 190 characters");
        }
        if (password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD + " characters");
        }
        if ((role == Role.SITE) != (siteId != null)) {
            throw new IllegalArgumentException("a site account names its site (--site), and only a site account");
        }
        store.put(new JdbcAccounts.Account(username.toLowerCase(java.util.Locale.ROOT), name, role.code(), siteId,
                BCrypt.withDefaults().hashToString(COST, password), 0, null), clock.instant());
    }

    /** Signs {@code username} in with {@code password}: a new session, or a refusal that does not say which was wrong. */
    public SignInResult signIn(String username, char[] password) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<JdbcAccounts.Account> account = store.find(key);
        Instant now = clock.instant();
        if (account.isPresent() && account.get().lockedUntil() != null && now.isBefore(account.get().lockedUntil())) {
            return new SignInResult(null, null, LOCKED);
        }
        boolean matches = BCrypt.verifyer().verify(password, account.map(JdbcAccounts.Account::passwordHash)
                .orElse(DECOY)).verified && account.isPresent();
        if (!matches) {
            account.ifPresent(a -> store.recordSignIn(a.username(), false,
                    a.failedAttempts() + 1 >= MAX_FAILURES ? now.plus(LOCK_OUT) : null));
            return new SignInResult(null, null, "Enter a correct email address and password");
        }
        return startSession(account.get(), now);
    }

    /**
     * Signs {@code username} in without a password, for a sign-in the organisation's identity
     * provider has vouched for (OpenID Connect, {@link OidcSignIn}): a new session as with
     * {@link #signIn}, or the same refusal while the account is locked.
     *
     * @return empty if there is no account {@code username}
     */
    public Optional<SignInResult> signInVerified(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<JdbcAccounts.Account> account = store.find(key);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (account.get().lockedUntil() != null && now.isBefore(account.get().lockedUntil())) {
            return Optional.of(new SignInResult(null, null, LOCKED));
        }
        return Optional.of(startSession(account.get(), now));
    }

    /** A new session for {@code account}, whose failed sign-ins no longer count. */
    private SignInResult startSession(JdbcAccounts.Account account, Instant now) {
        store.recordSignIn(account.username(), true, null);
        String cookie = random();
        String csrf = random();
        store.addSession(new JdbcAccounts.Session(hash(cookie), account.username(), csrf, now, now));
        return new SignInResult(cookie, person(account, csrf, now), null);
    }

    /** The person signed in with session cookie {@code cookie}, if it is valid and not timed out (which it renews). */
    public Optional<SignedIn> session(String cookie) {
        if (cookie == null || cookie.length() != 43) {
            return Optional.empty();
        }
        String idHash = hash(cookie);
        Optional<JdbcAccounts.Session> session = store.session(idHash);
        Instant now = clock.instant();
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (session.get().lastSeen().plus(timeout).isBefore(now)) {
            store.endSession(idHash);
            return Optional.empty();
        }
        Optional<JdbcAccounts.Account> account = store.find(session.get().username());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        store.touch(idHash, now);
        return Optional.of(person(account.get(), session.get().csrf(), now));
    }

    /** Ends the session of {@code cookie}. */
    public void signOut(String cookie) {
        if (cookie != null) {
            store.endSession(hash(cookie));
        }
    }

    private SignedIn person(JdbcAccounts.Account account, String csrf, Instant now) {
        Role role = Role.fromCode(account.role()).orElseThrow();
        Caller caller = new Caller("user:" + account.username(), role, role == Role.SITE ? account.siteId() : null);
        return new SignedIn(caller, account.name(), csrf, now.plus(timeout));
    }

    /** A new random value: 256 bits, URL-safe, 43 characters. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
