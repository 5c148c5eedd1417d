package org.assessor.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;

/**
 * {@link RuleSetStore} over JDBC, in portable SQL. Text files are stored as text; spreadsheets,
 * and anything that is not UTF-8, as base64. Thread-safe.
 */
public final class JdbcRuleSetStore implements RuleSetStore {
    private static final String COLUMNS = "questionnaire_id, version, hash, origin, status, questionnaire_version,"
            + " created_at, created_by, status_changed_at";
    private static final String INSERT = "INSERT INTO rule_set (" + COLUMNS + ", active_for)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SET_STATUS = "UPDATE rule_set SET status = ?, status_changed_at = ?, active_for = ?"
            + " WHERE questionnaire_id = ? AND version = ?";
    private static final String RETIRE_ACTIVE = "UPDATE rule_set SET status = 'retired', status_changed_at = ?,"
            + " active_for = NULL WHERE questionnaire_id = ? AND status = 'active' AND version <> ?";
    private static final String INSERT_FILE = "INSERT INTO rule_set_file (questionnaire_id, version, name, encoding,"
            + " content) VALUES (?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public JdbcRuleSetStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<RuleSetRecord> list() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM rule_set"
                     + " ORDER BY questionnaire_id, version");
             ResultSet row = select.executeQuery()) {
            List<RuleSetRecord> records = new ArrayList<>();
            while (row.next()) {
                records.add(record(row));
            }
            return records;
        } catch (SQLException e) {
            throw new StorageFailed("cannot list rule sets: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<RuleSetRecord> find(RuleSetId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM rule_set"
                     + " WHERE questionnaire_id = ? AND version = ?")) {
            select.setString(1, id.questionnaireId());
            select.setString(2, id.version());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailed("cannot read rule set " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, byte[]> files(RuleSetId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT name, encoding, content FROM rule_set_file"
                     + " WHERE questionnaire_id = ? AND version = ?")) {
            select.setString(1, id.questionnaireId());
            select.setString(2, id.version());
            Map<String, byte[]> files = new TreeMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String content = row.getString("content");
                    files.put(row.getString("name"), "base64".equals(row.getString("encoding"))
                            ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (SQLException e) {
            throw new StorageFailed("cannot read the files of rule set " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void addDraft(RuleSetRecord draft, Map<String, byte[]> files, AuditEntry entry) {
        try {
            Transactions.run(dataSource, connection -> {
                insert(connection, draft);
                try (PreparedStatement insert = connection.prepareStatement(INSERT_FILE)) {
                    for (Map.Entry<String, byte[]> file : files.entrySet()) {
                        String text = asText(file.getKey(), file.getValue());
                        insert.setString(1, draft.id().questionnaireId());
                        insert.setString(2, draft.id().version());
                        insert.setString(3, file.getKey());
                        insert.setString(4, text == null ? "base64" : "utf-8");
                        insert.setString(5, text == null ? Base64.getEncoder().encodeToString(file.getValue()) : text);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                AuditRows.insert(connection, entry);
                return null;
            });
        } catch (SQLException e) {
            if (Transactions.isConstraintViolation(e) && find(draft.id()).isPresent()) {
                throw new RuleSetVersionExists(draft.id(), e);
            }
            throw new StorageFailed("cannot store rule set " + draft.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void publish(RuleSetRecord version, RuleSetRecord unrecordedPrevious, AuditEntry entry) {
        Instant at = entry.at();
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement retire = connection.prepareStatement(RETIRE_ACTIVE)) {
                    retire.setObject(1, utc(at));
                    retire.setString(2, version.id().questionnaireId());
                    retire.setString(3, version.id().version());
                    retire.executeUpdate();
                }
                if (unrecordedPrevious != null) {
                    // A row may hold it already: an upload under the id of a version bundled since.
                    upsertStatus(connection, unrecordedPrevious.withStatus(RuleSetStatus.RETIRED, at));
                }
                upsertStatus(connection, version.withStatus(RuleSetStatus.ACTIVE, at));
                AuditRows.insert(connection, entry);
                return null;
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot publish rule set " + version.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void retire(RuleSetRecord version, AuditEntry entry) {
        try {
            Transactions.run(dataSource, connection -> {
                upsertStatus(connection, version.withStatus(RuleSetStatus.RETIRED, entry.at()));
                AuditRows.insert(connection, entry);
                return null;
            });
        } catch (SQLException e) {
            throw new StorageFailed("cannot retire rule set " + version.id() + ": " + e.getMessage(), e);
        }
    }

    private static void upsertStatus(Connection connection, RuleSetRecord version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET_STATUS)) {
            update.setString(1, version.status().code());
            update.setObject(2, utc(version.statusChangedAt()));
            AuditRows.setNullable(update, 3, activeFor(version));
            update.setString(4, version.id().questionnaireId());
            update.setString(5, version.id().version());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        insert(connection, version);
    }

    private static void insert(Connection connection, RuleSetRecord r) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, r.id().questionnaireId());
            insert.setString(2, r.id().version());
            insert.setString(3, r.hash());
            insert.setString(4, r.origin().code());
            insert.setString(5, r.status().code());
            insert.setString(6, r.questionnaireVersion());
            insert.setObject(7, utc(r.createdAt()));
            insert.setString(8, r.createdBy());
            insert.setObject(9, utc(r.statusChangedAt()));
            AuditRows.setNullable(insert, 10, activeFor(r));
            insert.executeUpdate();
        }
    }

    private static String activeFor(RuleSetRecord r) {
        return r.status() == RuleSetStatus.ACTIVE ? r.id().questionnaireId() : null;
    }

    /** The file as UTF-8 text, or null if it must be kept as base64 (a spreadsheet, or not UTF-8). */
    private static String asText(String name, byte[] bytes) {
        if (RuleSetSource.isDecisionTable(name) && !name.endsWith(".csv")) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static RuleSetRecord record(ResultSet row) throws SQLException {
        String origin = row.getString("origin");
        String status = row.getString("status");
        return new RuleSetRecord(new RuleSetId(row.getString("questionnaire_id"), row.getString("version")),
                row.getString("hash"),
                RuleSetOrigin.fromCode(origin).orElseThrow(() -> new StorageFailed("unknown origin " + origin, null)),
                RuleSetStatus.fromCode(status).orElseThrow(() -> new StorageFailed("unknown status " + status, null)),
                row.getString("questionnaire_version"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("created_by"),
                row.getObject("status_changed_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
