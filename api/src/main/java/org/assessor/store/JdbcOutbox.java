package org.assessor.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.assessor.round.OutboxMessage;

/**
 * Messages to respondents over JDBC, kept with their links left out, with when each was sent or
 * why sending failed. Thread-safe.
 */
public final class JdbcOutbox {
    private static final String COLUMNS = "id, round_id, invitation_id, kind, recipient, subject, body, created_at, "
            + "sent_at, failure";

    private final DataSource dataSource;

    public JdbcOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps {@code message} (whose body must already have its link left out). */
    public void add(OutboxMessage message) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, message.id());
                    insert.setString(2, message.roundId());
                    insert.setString(3, message.invitationId());
                    insert.setString(4, message.kind());
                    insert.setString(5, message.recipient());
                    insert.setString(6, message.subject());
                    insert.setString(7, message.body());
                    Rows.instant(insert, 8, message.createdAt());
                    Rows.instant(insert, 9, message.sentAt());
                    Rows.text(insert, 10, limit(message.failure()));
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot keep a message: " + e.getMessage(), e);
        }
    }

    /** Round {@code roundId}'s messages, oldest first. */
    public List<OutboxMessage> ofRound(String roundId) {
        return Rows.select(dataSource, "SELECT " + COLUMNS + " FROM outbox WHERE round_id = ? ORDER BY id",
                List.of(roundId), row -> new OutboxMessage(row.getString("id"), row.getString("round_id"),
                        row.getString("invitation_id"), row.getString("kind"), row.getString("recipient"),
                        row.getString("subject"), row.getString("body"), Rows.instant(row, "created_at"),
                        Rows.instant(row, "sent_at"), row.getString("failure")), "messages");
    }

    private static String limit(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
