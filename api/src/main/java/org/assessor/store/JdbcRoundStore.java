package org.assessor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.assessor.round.Round;
import org.assessor.round.RoundSpec;

/**
 * Collection rounds over JDBC (H2 or PostgreSQL): made, read, listed per site, and closed into
 * an assessment in one transaction, so that a round is closed exactly once and its assessment is
 * stored if and only if the round is marked closed. Thread-safe.
 */
public final class JdbcRoundStore {
    private static final String COLUMNS = "id, created_at, created_by, site_id, site_name, questionnaire_id, "
            + "questionnaire_version, rule_set_version, cycle, opens_at, closes_at, anonymous, min_group, prefill, "
            + "expected_json, closed_at, closed_by, assessment_id";
    private static final String INSERT = "INSERT INTO round (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int MAX_LISTED = 500;

    private final DataSource dataSource;

    public JdbcRoundStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the new round {@code round}. */
    public void add(Round round) {
        RoundSpec s = round.spec();
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, round.id());
                    Rows.instant(insert, 2, round.createdAt());
                    insert.setString(3, round.createdBy());
                    insert.setString(4, s.siteId());
                    insert.setString(5, s.siteName());
                    insert.setString(6, s.questionnaireId());
                    insert.setString(7, s.questionnaireVersion());
                    insert.setString(8, s.ruleSetVersion());
                    insert.setString(9, s.cycle());
                    Rows.instant(insert, 10, s.opensAt());
                    Rows.instant(insert, 11, s.closesAt());
                    insert.setBoolean(12, s.anonymous());
                    insert.setInt(13, s.minGroup());
                    insert.setBoolean(14, s.prefill());
                    insert.setString(15, StoreJson.write(s.expected()));
                    Rows.instant(insert, 16, null);
                    Rows.text(insert, 17, null);
                    Rows.text(insert, 18, null);
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot store round " + round.id() + ": " + e.getMessage(), e);
        }
    }

    /** The round {@code id}, if there is one. */
    public Optional<Round> find(String id) {
        List<Round> found = select("SELECT " + COLUMNS + " FROM round WHERE id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** The rounds of site {@code siteId} (every site's if null), newest first, at most 500. */
    public List<Round> list(String siteId) {
        return siteId == null
                ? select("SELECT " + COLUMNS + " FROM round ORDER BY id DESC FETCH FIRST " + MAX_LISTED + " ROWS ONLY",
                List.of())
                : select("SELECT " + COLUMNS + " FROM round WHERE site_id = ? ORDER BY id DESC FETCH FIRST "
                + MAX_LISTED + " ROWS ONLY", List.of(siteId));
    }

    /**
     * The latest round closed before {@code round} was made for the same site and questionnaire,
     * if any: where a named respondent's earlier answers come from.
     */
    public Optional<Round> previous(Round round) {
        return select("SELECT " + COLUMNS + " FROM round WHERE site_id = ? AND questionnaire_id = ? AND id < ?"
                        + " AND assessment_id IS NOT NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                List.of(round.spec().siteId(), round.spec().questionnaireId(), round.id())).stream().findFirst();
    }

    /**
     * Closes round {@code roundId} into {@code assessment}: in one transaction, marks the round
     * closed (if nobody has closed it yet) and stores the assessment linked to it.
     *
     * @return false, storing nothing, if the round was already closed
     */
    public boolean close(String roundId, StoredAssessment assessment, String closedBy, Instant at) {
        try {
            return Transactions.run(dataSource, connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE round SET closed_at = ?,"
                        + " closed_by = ?, assessment_id = ? WHERE id = ? AND closed_at IS NULL")) {
                    Rows.instant(update, 1, at);
                    update.setString(2, closedBy);
                    update.setString(3, assessment.id());
                    update.setString(4, roundId);
                    if (update.executeUpdate() != 1) {
                        return false;
                    }
                }
                JdbcAssessmentStore.insert(connection, assessment, roundId);
                return true;
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot close round " + roundId + ": " + e.getMessage(), e);
        }
    }

    private List<Round> select(String sql, List<String> values) {
        return Rows.select(dataSource, sql, values, JdbcRoundStore::round, "rounds");
    }

    private static Round round(ResultSet row) throws SQLException {
        RoundSpec spec = new RoundSpec(row.getString("site_id"), row.getString("site_name"),
                row.getString("questionnaire_id"), row.getString("questionnaire_version"),
                row.getString("rule_set_version"), row.getString("cycle"), Rows.instant(row, "opens_at"),
                Rows.instant(row, "closes_at"), expected(row.getString("expected_json")), row.getBoolean("anonymous"),
                row.getInt("min_group"), row.getBoolean("prefill"));
        return new Round(row.getString("id"), spec, row.getString("created_by"), Rows.instant(row, "created_at"),
                Rows.instant(row, "closed_at"), row.getString("closed_by"), row.getString("assessment_id"));
    }

    private static Map<String, Integer> expected(String json) throws SQLException {
        try {
            return StoreJson.mapper().readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("a round's expected roles are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
