package org.assessor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes audit-log entries inside the transaction of the change they record, so that a change
 * and its entry are committed together or not at all. The only statement on {@code audit_log}
 * that writes is this {@code INSERT}.
 */
final class AuditRows {
    private static final String INSERT = "INSERT INTO audit_log (at, actor, action, questionnaire_id, version, hash,"
            + " assessment_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditRows() {
    }

    /** Adds {@code entry} on {@code connection}, in its current transaction. */
    static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
            insert.setString(2, entry.actor());
            insert.setString(3, entry.action().code());
            insert.setString(4, entry.questionnaireId());
            insert.setString(5, entry.version());
            insert.setString(6, entry.hash());
            setNullable(insert, 7, entry.assessmentId());
            setNullable(insert, 8, entry.detail());
            insert.executeUpdate();
        }
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
