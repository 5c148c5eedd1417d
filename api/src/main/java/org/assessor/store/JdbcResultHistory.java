package org.assessor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.assessor.result.AssessmentResult;

/**
 * {@link ResultHistory} over JDBC, in portable SQL. A result's number is one more than the
 * highest so far, taken in the inserting transaction; when two re-evaluations of one
 * assessment race for the same number, the loser tries again with the next. Thread-safe.
 */
public final class JdbcResultHistory implements ResultHistory {
    private static final int ATTEMPTS = 5;
    private static final String COLUMNS = "seq, created_at, created_by, rule_set_version, rule_set_hash,"
            + " overall_rating, result_json";
    private static final String NEXT = "SELECT COALESCE(MAX(seq), 0) + 1 FROM assessment_result WHERE assessment_id = ?";
    private static final String INSERT = "INSERT INTO assessment_result (assessment_id, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ResultCodec codec;

    /** A history in {@code dataSource}, writing and reading results with {@code codec}. */
    public JdbcResultHistory(DataSource dataSource, ResultCodec codec) {
        this.dataSource = dataSource;
        this.codec = codec;
    }

    @Override
    public StoredResult add(String assessmentId, AssessmentResult result, String createdBy, AuditEntry entry) {
        StoredResult stored = new StoredResult(0, result.evaluatedAt(), createdBy, result.ruleSet().version(),
                result.ruleSet().hash(), result.overall().rating().code(), codec.write(result));
        int number = add(assessmentId, stored, entry);
        return new StoredResult(number, stored.createdAt(), createdBy, stored.ruleSetVersion(), stored.ruleSetHash(),
                stored.overallRating(), stored.resultJson());
    }

    @Override
    public AssessmentResult result(StoredResult stored) {
        try {
            return codec.read(stored.resultJson());
        } catch (IllegalArgumentException e) {
            throw new StorageFailed("stored result " + stored.number() + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public int add(String assessmentId, StoredResult result, AuditEntry entry) {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return Transactions.run(dataSource, connection -> insert(connection, assessmentId, result, entry));
            } catch (SQLException e) {
                if (!Transactions.isConstraintViolation(e)) {
                    throw failed(assessmentId, e);
                }
                last = e;
            }
        }
        throw failed(assessmentId, last);
    }

    private static int insert(Connection connection, String assessmentId, StoredResult r, AuditEntry entry)
            throws SQLException {
        int number;
        try (PreparedStatement next = connection.prepareStatement(NEXT)) {
            next.setString(1, assessmentId);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                number = row.getInt(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, assessmentId);
            insert.setInt(2, number);
            insert.setObject(3, OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC));
            insert.setString(4, r.createdBy());
            insert.setString(5, r.ruleSetVersion());
            insert.setString(6, r.ruleSetHash());
            insert.setString(7, r.overallRating());
            insert.setString(8, r.resultJson());
            insert.executeUpdate();
        }
        AuditRows.insert(connection, entry.withDetail("result " + number));
        return number;
    }

    @Override
    public List<StoredResult> list(String assessmentId) {
        return select("SELECT " + COLUMNS + " FROM assessment_result WHERE assessment_id = ? ORDER BY seq",
                assessmentId, 0);
    }

    @Override
    public Optional<StoredResult> find(String assessmentId, int number) {
        if (number < 1) {
            return Optional.empty();
        }
        return select("SELECT " + COLUMNS + " FROM assessment_result WHERE assessment_id = ? AND seq = ?",
                assessmentId, number).stream().findFirst();
    }

    private List<StoredResult> select(String sql, String assessmentId, int number) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, assessmentId);
            if (number > 0) {
                select.setInt(2, number);
            }
            List<StoredResult> results = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    results.add(new StoredResult(row.getInt("seq"),
                            row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("created_by"),
                            row.getString("rule_set_version"), row.getString("rule_set_hash"),
                            row.getString("overall_rating"), row.getString("result_json")));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new StorageFailed("cannot read the results of assessment " + assessmentId + ": " + e.getMessage(), e);
        }
    }

    private static StorageFailed failed(String assessmentId, SQLException e) {
        return new StorageFailed("cannot add a result to assessment " + assessmentId + ": " + e.getMessage(), e);
    }
}
