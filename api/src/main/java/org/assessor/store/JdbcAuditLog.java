package org.assessor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@link AuditLog} over JDBC, in portable SQL. Thread-safe. */
public final class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS = "id, at, actor, action, questionnaire_id, version, hash, assessment_id, detail";

    private final DataSource dataSource;

    public JdbcAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public AuditPage page(int limit, long before) {
        String sql = "SELECT " + COLUMNS + " FROM audit_log" + (before > 0 ? " WHERE id < ?" : "")
                + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int at = 1;
            if (before > 0) {
                select.setLong(at++, before);
            }
            select.setInt(at, limit + 1);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(entry(row));
                }
            }
            boolean more = entries.size() > limit;
            List<AuditEntry> page = more ? entries.subList(0, limit) : entries;
            return new AuditPage(page, more ? page.get(page.size() - 1).id() : 0);
        } catch (SQLException e) {
            throw new StorageFailed("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        String action = row.getString("action");
        return new AuditEntry(row.getLong("id"), row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), AuditAction.fromCode(action).orElseThrow(() ->
                        new StorageFailed("unknown action '" + action + "' in the audit log", null)),
                row.getString("questionnaire_id"), row.getString("version"), row.getString("hash"),
                row.getString("assessment_id"), row.getString("detail"));
    }
}
