package org.assessor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.assessor.round.Invitation;
import org.assessor.round.Response;

/**
 * Respondents' answers over JDBC. Every change to a response happens under a row lock in one
 * transaction with its invitation's new status, so two devices saving the same response at once
 * both keep their answers, and an answer acknowledged has been committed. Thread-safe.
 */
public final class JdbcResponseStore {
    private static final String COLUMNS = "response_key, round_id, invitation_id, role, answers_json, submitted, "
            + "revision";

    private final DataSource dataSource;

    public JdbcResponseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Changes the response under {@code key}: {@code change} is given the response as stored (empty
     * if there is none yet) under a lock and returns what to store, or throws to store nothing.
     * Invitation {@code invitationId} takes status {@code status} in the same transaction. When
     * there is no response yet, {@code change} is first asked what to store for none, to make the
     * row it then changes under the lock: it must have no side effects.
     *
     * @return the response as stored
     */
    public Response change(String key, Function<Optional<Response>, Response> change, String invitationId,
                           Invitation.Status status, Instant at, boolean keepTime) {
        try {
            return Transactions.run(dataSource, connection -> {
                Optional<Response> current = lock(connection, key);
                if (current.isEmpty()) {
                    insertPlaceholder(connection, change.apply(Optional.empty()));
                    current = lock(connection, key);
                }
                Response next = change.apply(current);
                write(connection, next, keepTime ? at : null);
                JdbcInvitationStore.setStatus(connection, invitationId, status, at);
                return next;
            });
        } catch (SQLException e) {
            if (Transactions.isConstraintViolation(e)) {
                return change(key, change, invitationId, status, at, keepTime);
            }
            throw new StorageFailed("cannot save a response: " + e.getMessage(), e);
        }
    }

    /** The response under {@code key}, if there is one. */
    public Optional<Response> find(String key) {
        return select("SELECT " + COLUMNS + " FROM response WHERE response_key = ?", key).stream().findFirst();
    }

    /** The response made through invitation {@code invitationId} (rounds that are not anonymous only). */
    public Optional<Response> ofInvitation(String invitationId) {
        return select("SELECT " + COLUMNS + " FROM response WHERE invitation_id = ?", invitationId).stream()
                .findFirst();
    }

    /** Every submitted response of round {@code roundId}, in the order of their keys. */
    public List<Response> submitted(String roundId) {
        return select("SELECT " + COLUMNS + " FROM response WHERE round_id = ? AND submitted = TRUE"
                + " ORDER BY response_key", roundId);
    }

    /**
     * Reopens invitation {@code invitationId}'s submitted response: when {@code draftNow}, its
     * response becomes a draft at once (found by invitation) and the invitation is
     * {@code started}; otherwise the invitation is {@code reopened} and the response becomes a
     * draft when next saved.
     */
    public void reopen(String invitationId, boolean draftNow, Instant at) {
        try {
            Transactions.run(dataSource, connection -> {
                if (draftNow) {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE response SET submitted = FALSE WHERE invitation_id = ?")) {
                        update.setString(1, invitationId);
                        update.executeUpdate();
                    }
                }
                return JdbcInvitationStore.setStatus(connection, invitationId,
                        draftNow ? Invitation.Status.STARTED : Invitation.Status.REOPENED, at);
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot reopen a response: " + e.getMessage(), e);
        }
    }

    private static Optional<Response> lock(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM response WHERE response_key = ? FOR UPDATE")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(response(row)) : Optional.empty();
            }
        }
    }

    private static void insertPlaceholder(Connection connection, Response first) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO response (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, '{}', FALSE, 0)")) {
            insert.setString(1, first.key());
            insert.setString(2, first.roundId());
            Rows.text(insert, 3, first.invitationId());
            insert.setString(4, first.role());
            insert.executeUpdate();
        }
    }

    private static void write(Connection connection, Response next, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE response SET answers_json = ?,"
                + " submitted = ?, revision = ?, updated_at = ? WHERE response_key = ?")) {
            update.setString(1, StoreJson.write(next.answers()));
            update.setBoolean(2, next.submitted());
            update.setInt(3, next.revision());
            Rows.instant(update, 4, at);
            update.setString(5, next.key());
            update.executeUpdate();
        }
    }

    private List<Response> select(String sql, String value) {
        return Rows.select(dataSource, sql, List.of(value), JdbcResponseStore::response, "responses");
    }

    private static Response response(ResultSet row) throws SQLException {
        try {
            return new Response(row.getString("response_key"), row.getString("round_id"),
                    row.getString("invitation_id"), row.getString("role"),
                    (ObjectNode) StoreJson.mapper().readTree(row.getString("answers_json")),
                    row.getBoolean("submitted"), row.getInt("revision"));
        } catch (JsonProcessingException e) {
            throw new SQLException("a response's answers are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
