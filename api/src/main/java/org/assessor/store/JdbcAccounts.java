package org.assessor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Local accounts and signed-in sessions over JDBC: accounts with their bcrypt hash and failed
 * sign-ins, sessions by a hash of their cookie. Thread-safe; shared by every node of a database.
 */
public final class JdbcAccounts {
    private final DataSource dataSource;

    public JdbcAccounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One account as stored. */
    public record Account(String username, String name, String role, String siteId, String passwordHash,
                          int failedAttempts, Instant lockedUntil) {
    }

    /** One session as stored. */
    public record Session(String idHash, String username, String csrf, Instant createdAt, Instant lastSeen) {
    }

    /**
     * Stores a new account, or replaces the name, role, site and password of an existing one (and
     * unlocks it).
     */
    public void put(Account account, Instant at) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "UPDATE account SET name = ?, role = ?, site_id = ?, password_hash = ?, failed_attempts = 0,"
                                + " locked_until = NULL WHERE username = ?")) {
                    delete.setString(1, account.name());
                    delete.setString(2, account.role());
                    Rows.text(delete, 3, account.siteId());
                    delete.setString(4, account.passwordHash());
                    delete.setString(5, account.username());
                    if (delete.executeUpdate() == 1) {
                        return 1;
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (username, name,"
                        + " role, site_id, password_hash, failed_attempts, locked_until, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 0, NULL, ?)")) {
                    insert.setString(1, account.username());
                    insert.setString(2, account.name());
                    insert.setString(3, account.role());
                    Rows.text(insert, 4, account.siteId());
                    insert.setString(5, account.passwordHash());
                    Rows.instant(insert, 6, at);
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot store account " + account.username() + ": " + e.getMessage(), e);
        }
    }

    /** The account {@code username}, if there is one. */
    public Optional<Account> find(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT username, name, role, site_id,"
                     + " password_hash, failed_attempts, locked_until FROM account WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Account(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getInt(6), Rows.instant(row, "locked_until")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot read account: " + e.getMessage(), e);
        }
    }

    /** Records a sign-in's outcome: failures counted (locked until {@code lockedUntil} if given), success resets them. */
    public void recordSignIn(String username, boolean succeeded, Instant lockedUntil) {
        String sql = succeeded ? "UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE username = ?"
                : "UPDATE account SET failed_attempts = failed_attempts + 1, locked_until = ? WHERE username = ?";
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    if (succeeded) {
                        update.setString(1, username);
                    } else {
                        Rows.instant(update, 1, lockedUntil);
                        update.setString(2, username);
                    }
                    return update.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot record a sign-in: " + e.getMessage(), e);
        }
    }

    /** Stores a new session. */
    public void addSession(Session session) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO web_session (id_hash,"
                        + " username, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, session.idHash());
                    insert.setString(2, session.username());
                    insert.setString(3, session.csrf());
                    Rows.instant(insert, 4, session.createdAt());
                    Rows.instant(insert, 5, session.lastSeen());
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot store a session: " + e.getMessage(), e);
        }
    }

    /** The session whose cookie hashes to {@code idHash}, if there is one. */
    public Optional<Session> session(String idHash) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id_hash, username, csrf, created_at,"
                     + " last_seen FROM web_session WHERE id_hash = ?")) {
            select.setString(1, idHash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Session(row.getString(1), row.getString(2), row.getString(3),
                        Rows.instant(row, "created_at"), Rows.instant(row, "last_seen"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot read a session: " + e.getMessage(), e);
        }
    }

    /** Marks session {@code idHash} as seen at {@code at}. */
    public void touch(String idHash, Instant at) {
        update("UPDATE web_session SET last_seen = ? WHERE id_hash = ?", at, idHash);
    }

    /** Ends session {@code idHash}. */
    public void endSession(String idHash) {
        update("DELETE FROM web_session WHERE id_hash = ?", null, idHash);
    }

    private void update(String sql, Instant at, String key) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    int i = 1;
                    if (at != null) {
                        Rows.instant(update, i++, at);
                    }
                    update.setString(i, key);
                    return update.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot update a session: " + e.getMessage(), e);
        }
    }
}
