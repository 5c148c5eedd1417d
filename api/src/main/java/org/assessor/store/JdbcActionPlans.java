package org.assessor.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Action plans over JDBC: one row per assessment and action, replaced whole on each save. Thread-safe. */
public final class JdbcActionPlans {
    private final DataSource dataSource;

    public JdbcActionPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One action's plan. */
    public record Item(String owner, LocalDate due, String status, String updatedBy, Instant updatedAt) {
    }

    /** The plan of assessment {@code assessmentId}, by action id. */
    public Map<String, Item> of(String assessmentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT action_id, owner, due, status, updated_by,"
                     + " updated_at FROM action_plan WHERE assessment_id = ? ORDER BY action_id")) {
            select.setString(1, assessmentId);
            Map<String, Item> plan = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date due = row.getDate("due");
                    plan.put(row.getString("action_id"), new Item(row.getString("owner"),
                            due == null ? null : due.toLocalDate(), row.getString("status"), row.getString("updated_by"),
                            Rows.instant(row, "updated_at")));
                }
            }
            return plan;
        } catch (SQLException e) {
            throw new StorageFailed("cannot read the action plan: " + e.getMessage(), e);
        }
    }

    /** Saves action {@code actionId}'s plan in assessment {@code assessmentId}, replacing any before. */
    public void put(String assessmentId, String actionId, Item item) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM action_plan WHERE assessment_id = ? AND action_id = ?")) {
                    delete.setString(1, assessmentId);
                    delete.setString(2, actionId);
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO action_plan (assessment_id,"
                        + " action_id, owner, due, status, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, assessmentId);
                    insert.setString(2, actionId);
                    Rows.text(insert, 3, item.owner());
                    if (item.due() == null) {
                        insert.setNull(4, Types.DATE);
                    } else {
                        insert.setDate(4, Date.valueOf(item.due()));
                    }
                    insert.setString(5, item.status());
                    insert.setString(6, item.updatedBy());
                    Rows.instant(insert, 7, item.updatedAt());
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot save the action plan: " + e.getMessage(), e);
        }
    }
}
