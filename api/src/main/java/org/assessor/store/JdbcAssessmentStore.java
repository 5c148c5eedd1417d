package org.assessor.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.assessor.result.AssessmentResult;
import org.assessor.result.RatingsSnapshot;

/**
 * {@link AssessmentStore} over JDBC, in SQL that H2 and PostgreSQL both run: standard types,
 * {@code FETCH FIRST}, no vendor functions. Each save is one {@code INSERT} in its own
 * transaction, so an assessment is stored whole or not at all. Thread-safe; several servers may
 * share one PostgreSQL database through stores of their own. Results are written and read as
 * JSON by the {@link ResultCodec} it is given; the compact ratings are its own
 * {@link RatingsDocument}.
 */
public final class JdbcAssessmentStore implements AssessmentStore {
    private static final String SUMMARY_COLUMNS = "id, created_at, questionnaire_id, questionnaire_version, "
            + "rule_set_version, rule_set_hash, site_id, site_name, mode, cycle, overall_rating";
    private static final String INSERT = "INSERT INTO assessment (" + SUMMARY_COLUMNS
            + ", submission_json, result_json, ratings_json, created_by, round_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + SUMMARY_COLUMNS
            + ", submission_json, result_json, ratings_json, created_by FROM assessment WHERE id = ?";
    private static final String OWNER = "SELECT site_id, created_by FROM assessment WHERE id = ?";
    private static final String RATED = "SELECT " + SUMMARY_COLUMNS + ", ratings_json,"
            + " CASE WHEN ratings_json IS NULL THEN result_json END AS result_json FROM assessment";

    private final DataSource dataSource;
    private final ResultCodec codec;

    /** A store in {@code dataSource}, writing and reading results with {@code codec}. */
    public JdbcAssessmentStore(DataSource dataSource, ResultCodec codec) {
        this.dataSource = dataSource;
        this.codec = codec;
    }

    @Override
    public StoredAssessment add(AssessmentResult result, JsonNode submission, String author) {
        StoredAssessment stored = prepare(result, submission, author);
        save(stored);
        return stored;
    }

    @Override
    public StoredAssessment prepare(AssessmentResult result, JsonNode submission, String author) {
        return new StoredAssessment(AssessmentSummary.of(result), StoreJson.submission(submission),
                codec.write(result), RatingsDocument.of(result).toJson(), author);
    }

    @Override
    public AssessmentResult result(StoredAssessment assessment) {
        try {
            return codec.read(assessment.resultJson());
        } catch (IllegalArgumentException e) {
            throw new StorageFailed("the stored result of assessment " + assessment.id() + " is unreadable: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void save(StoredAssessment assessment) {
        try {
            Transactions.run(dataSource, connection -> insert(connection, assessment, null));
        } catch (SQLException e) {
            throw new StorageFailed("cannot store assessment " + assessment.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Inserts {@code assessment} on {@code connection}, in the caller's transaction, linked to the
     * collection round {@code roundId} (null if it came from no round).
     */
    static int insert(Connection connection, StoredAssessment assessment, String roundId) throws SQLException {
        AssessmentSummary s = assessment.summary();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, s.id());
            insert.setObject(2, OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC));
            insert.setString(3, s.questionnaireId());
            insert.setString(4, s.questionnaireVersion());
            insert.setString(5, s.ruleSetVersion());
            insert.setString(6, s.ruleSetHash());
            insert.setString(7, s.siteId());
            insert.setString(8, s.siteName());
            insert.setString(9, s.mode());
            Rows.text(insert, 10, s.cycle());
            insert.setString(11, s.overallRating());
            insert.setString(12, assessment.submissionJson());
            insert.setString(13, assessment.resultJson());
            insert.setString(14, assessment.ratingsJson());
            Rows.text(insert, 15, assessment.author());
            Rows.text(insert, 16, roundId);
            return insert.executeUpdate();
        }
    }

    @Override
    public Optional<StoredAssessment> find(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAssessment(summary(row), row.getString("submission_json"),
                        row.getString("result_json"), row.getString("ratings_json"), row.getString("created_by")));
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot read assessment " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<AssessmentOwner> owner(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(OWNER)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new AssessmentOwner(row.getString("site_id"),
                        row.getString("created_by"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot read assessment " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public AssessmentPage list(AssessmentQuery query) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (query.siteId() != null) {
            conditions.add("site_id = ?");
            values.add(query.siteId());
        }
        if (query.questionnaireId() != null) {
            conditions.add("questionnaire_id = ?");
            values.add(query.questionnaireId());
        }
        if (query.author() != null) {
            conditions.add("created_by = ?");
            values.add(query.author());
        }
        if (query.after() != null) {
            conditions.add("id < ?");
            values.add(query.after());
        }
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM assessment"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int at = 1;
            for (String value : values) {
                select.setString(at++, value);
            }
            select.setInt(at, query.limit() + 1);
            List<AssessmentSummary> items = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.add(summary(row));
                }
            }
            boolean more = items.size() > query.limit();
            List<AssessmentSummary> page = more ? items.subList(0, query.limit()) : items;
            return new AssessmentPage(page, more ? page.get(page.size() - 1).id() : null);
        } catch (SQLException e) {
            throw new StorageFailed("cannot list assessments: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachRated(RatedQuery query, Consumer<RatingsSnapshot> action) {
        List<String> conditions = new ArrayList<>(List.of("questionnaire_id = ?"));
        List<Object> values = new ArrayList<>(List.of(query.questionnaireId()));
        if (!query.siteIds().isEmpty()) {
            conditions.add("site_id IN (" + String.join(", ", java.util.Collections.nCopies(query.siteIds().size(), "?"))
                    + ")");
            values.addAll(query.siteIds().stream().sorted().toList());
        }
        if (query.from() != null) {
            conditions.add("created_at >= ?");
            values.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.before() != null) {
            conditions.add("created_at < ?");
            values.add(OffsetDateTime.ofInstant(query.before(), ZoneOffset.UTC));
        }
        String sql = RATED + " WHERE " + String.join(" AND ", conditions) + " ORDER BY id";
        try {
            // PostgreSQL's driver streams rows in fetch-size batches only inside a transaction;
            // in auto-commit it would read every matching row into memory first.
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setFetchSize(500);
                    for (int i = 0; i < values.size(); i++) {
                        select.setObject(i + 1, values.get(i));
                    }
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            action.accept(RatingsDocument.snapshot(summary(row), row.getString("ratings_json"),
                                    row.getString("result_json"), codec));
                        }
                    }
                    return null;
                }
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot read the ratings of " + query.questionnaireId() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void check() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM assessment WHERE id = ?")) {
            select.setString(1, "");
            select.executeQuery().close();
        } catch (SQLException e) {
            throw new StorageFailed("the database does not answer: " + e.getMessage(), e);
        }
    }

    private static AssessmentSummary summary(ResultSet row) throws SQLException {
        return new AssessmentSummary(row.getString("id"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getString("questionnaire_id"), row.getString("questionnaire_version"),
                row.getString("rule_set_version"), row.getString("rule_set_hash"),
                row.getString("site_id"), row.getString("site_name"), row.getString("mode"),
                row.getString("cycle"), row.getString("overall_rating"));
    }
}
