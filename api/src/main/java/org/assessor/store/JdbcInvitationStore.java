package org.assessor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.assessor.round.Invitation;

/**
 * A round's invitations over JDBC: stored with a hash of their link's secret only, found by that
 * hash, their status moved as respondents answer, and personal links made from open links up to
 * their cap (counted under a row lock on the open link, so concurrent openers never pass it).
 * Thread-safe.
 */
public final class JdbcInvitationStore {
    private static final String COLUMNS = "id, round_id, kind, role, name, email, cap, opened_from, status, "
            + "created_at, updated_at";

    private final DataSource dataSource;

    public JdbcInvitationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An invitation and the hash of its link's secret, to be stored together. */
    public record Hashed(Invitation invitation, String tokenHash) {
    }

    /** Stores every one of {@code invitations}, or none of them. */
    public void add(List<Hashed> invitations) {
        try {
            Transactions.run(dataSource, connection -> {
                for (Hashed hashed : invitations) {
                    insert(connection, hashed);
                }
                return invitations.size();
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot store invitations: " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code personal}, a personal link from the open link {@code openId}, if fewer than
     * {@code cap} have been made from it.
     *
     * @return false, storing nothing, if the open link's cap is reached
     */
    public boolean addFromOpenLink(String openId, int cap, Hashed personal) {
        try {
            return Transactions.run(dataSource, connection -> {
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT id FROM invitation WHERE id = ? FOR UPDATE")) {
                    lock.setString(1, openId);
                    lock.executeQuery().close();
                }
                try (PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM invitation WHERE opened_from = ?")) {
                    count.setString(1, openId);
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        if (row.getInt(1) >= cap) {
                            return false;
                        }
                    }
                }
                insert(connection, personal);
                return true;
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot open a personal link: " + e.getMessage(), e);
        }
    }

    /** How many personal links have been made from the open link {@code openId}. */
    public int openedFrom(String openId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM invitation WHERE opened_from = ?")) {
            count.setString(1, openId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot count personal links: " + e.getMessage(), e);
        }
    }

    /** The invitation whose link's secret hashes to {@code tokenHash}, if any. */
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return select("SELECT " + COLUMNS + " FROM invitation WHERE token_hash = ?", tokenHash).stream().findFirst();
    }

    /** Invitation {@code id}, if there is one. */
    public Optional<Invitation> find(String id) {
        return select("SELECT " + COLUMNS + " FROM invitation WHERE id = ?", id).stream().findFirst();
    }

    /** Every invitation of round {@code roundId}, oldest first. */
    public List<Invitation> ofRound(String roundId) {
        return select("SELECT " + COLUMNS + " FROM invitation WHERE round_id = ? ORDER BY id", roundId);
    }

    /** Sets invitation {@code id}'s status to {@code status} as of {@code at}. */
    public void setStatus(String id, Invitation.Status status, Instant at) {
        try {
            Transactions.run(dataSource, connection -> setStatus(connection, id, status, at));
        } catch (SQLException e) {
            throw new StorageFailed("cannot update invitation " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives invitation {@code id} a new link (whose secret hashes to {@code tokenHash}); the old link
     * stops working. If {@code responseKey} is given (rounds that are not anonymous), the
     * invitation's response, if any, moves to that key, so its answers go on with the new link.
     */
    public void replaceToken(String id, String tokenHash, String responseKey, Instant at) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE invitation SET token_hash = ?, updated_at = ? WHERE id = ?")) {
                    update.setString(1, tokenHash);
                    Rows.instant(update, 2, at);
                    update.setString(3, id);
                    update.executeUpdate();
                }
                if (responseKey != null) {
                    try (PreparedStatement move = connection.prepareStatement(
                            "UPDATE response SET response_key = ? WHERE invitation_id = ?")) {
                        move.setString(1, responseKey);
                        move.setString(2, id);
                        move.executeUpdate();
                    }
                }
                return 1;
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot replace the link of invitation " + id + ": " + e.getMessage(), e);
        }
    }

    static int setStatus(Connection connection, String id, Invitation.Status status, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE invitation SET status = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, status.code());
            Rows.instant(update, 2, at);
            update.setString(3, id);
            return update.executeUpdate();
        }
    }

    private static void insert(Connection connection, Hashed hashed) throws SQLException {
        Invitation i = hashed.invitation();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO invitation (" + COLUMNS
                + ", token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, i.id());
            insert.setString(2, i.roundId());
            insert.setString(3, i.kind().code());
            insert.setString(4, i.role());
            Rows.text(insert, 5, i.name());
            Rows.text(insert, 6, i.email());
            Rows.integer(insert, 7, i.cap());
            Rows.text(insert, 8, i.openedFrom());
            insert.setString(9, i.status().code());
            Rows.instant(insert, 10, i.createdAt());
            Rows.instant(insert, 11, i.updatedAt());
            insert.setString(12, hashed.tokenHash());
            insert.executeUpdate();
        }
    }

    private List<Invitation> select(String sql, String value) {
        return Rows.select(dataSource, sql, List.of(value), row -> new Invitation(row.getString("id"),
                row.getString("round_id"), Invitation.Kind.of(row.getString("kind")), row.getString("role"),
                row.getString("name"), row.getString("email"), Rows.integer(row, "cap"), row.getString("opened_from"),
                Invitation.Status.of(row.getString("status")), Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at")), "invitations");
    }
}
