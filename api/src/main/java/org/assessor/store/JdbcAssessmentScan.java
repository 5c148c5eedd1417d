package org.assessor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * {@link AssessmentScan} over JDBC, in portable SQL. Rows are fetched in batches inside a
 * read-only transaction (PostgreSQL streams a result only then), never all at once. Thread-safe.
 */
public final class JdbcAssessmentScan implements AssessmentScan {
    private static final int FETCH_SIZE = 100;

    private final DataSource dataSource;

    public JdbcAssessmentScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long count(ScanFilter filter) {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM assessment WHERE " + where(filter, values);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, values, 1);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot count assessments: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEach(ScanFilter filter, String resultsOfHash, Consumer<ScannedAssessment> action) {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT id, site_id, questionnaire_version, rule_set_version, rule_set_hash, submission_json,"
                + " CASE WHEN rule_set_hash = ? THEN COALESCE(ratings_json, result_json) END AS ratings FROM assessment"
                + " WHERE "
                + where(filter, values) + " ORDER BY id";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(FETCH_SIZE);
                select.setString(1, resultsOfHash == null ? "" : resultsOfHash);
                bind(select, values, 2);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        action.accept(new ScannedAssessment(row.getString("id"), row.getString("site_id"),
                                row.getString("questionnaire_version"), row.getString("rule_set_version"),
                                row.getString("rule_set_hash"), row.getString("submission_json"),
                                row.getString("ratings")));
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot read assessments: " + e.getMessage(), e);
        }
    }

    private static String where(ScanFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        conditions.add("questionnaire_id = ?");
        values.add(filter.questionnaireId());
        if (filter.siteId() != null) {
            conditions.add("site_id = ?");
            values.add(filter.siteId());
        }
        if (filter.from() != null) {
            conditions.add("created_at >= ?");
            values.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("created_at < ?");
            values.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        return String.join(" AND ", conditions);
    }

    private static void bind(PreparedStatement statement, List<Object> values, int first) throws SQLException {
        int at = first;
        for (Object value : values) {
            statement.setObject(at++, value);
        }
    }
}
