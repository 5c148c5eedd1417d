package org.assessor.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether access control is on and, if so, the tokens in force, read from the token file at
 * start and again on {@link #reload()}. A reload that fails keeps the tokens in force, so a
 * mistake in an edited file never locks everyone out or lets everyone in. Thread-safe.
 */
public final class AccessControl {
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);
    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path file;
    private final AtomicReference<AccessTokens> tokens;

    private AccessControl(Path file, AccessTokens tokens) {
        this.file = file;
        this.tokens = new AtomicReference<>(tokens);
    }

    /** No access control: every caller is {@link Caller#LOCAL}. */
    public static AccessControl off() {
        return new AccessControl(null, null);
    }

    /**
     * Access control with the tokens of {@code file}.
     *
     * @throws TokensInvalid if the file cannot be read or is not a valid token file
     */
    public static AccessControl fromFile(Path file) {
        AccessTokens loaded = AccessTokens.load(file);
        warnIfShared(file);
        return new AccessControl(file, loaded);
    }

    /** True if requests need a token. */
    public boolean isOn() {
        return file != null;
    }

    /** The tokens in force; empty when access control is off. */
    public Optional<AccessTokens> tokens() {
        return Optional.ofNullable(tokens.get());
    }

    /**
     * Reads the token file again and puts its tokens in force at once: requests already
     * authenticated finish as they started, later ones need a token of the new file.
     *
     * @throws TokensInvalid if the file is not valid; the tokens in force stay in force
     * @throws IllegalStateException if access control is off
     */
    public AccessTokens reload() {
        if (file == null) {
            throw new IllegalStateException("access control is off; there is no token file to reload");
        }
        AccessTokens loaded = AccessTokens.load(file);
        warnIfShared(file);
        tokens.set(loaded);
        return loaded;
    }

    /** The token file; null when access control is off. */
    public Path file() {
        return file;
    }

    private static void warnIfShared(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                LOG.warn("the token file {} can be read or written by other users ({}); chmod 600 it", file,
                        java.nio.file.attribute.PosixFilePermissions.toString(permissions));
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("cannot check the token file's permissions", e);
        }
    }
}
