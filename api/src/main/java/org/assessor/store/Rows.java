package org.assessor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers for nullable values and instants, in SQL both H2 and PostgreSQL run. */
final class Rows {
    private Rows() {
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Every row {@code sql} selects with {@code values} bound in order, read by {@code reader}.
     *
     * @throws StorageFailed naming {@code what} could not be read
     */
    static <T> List<T> select(DataSource dataSource, String sql, List<String> values, Reader<T> reader, String what) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                select.setString(i + 1, values.get(i));
            }
            List<T> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(reader.read(row));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StorageFailed("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    static void text(PreparedStatement statement, int at, String value) throws SQLException {
        if (value == null) {
            statement.setNull(at, Types.VARCHAR);
        } else {
            statement.setString(at, value);
        }
    }

    static void instant(PreparedStatement statement, int at, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(at, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(at, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    static void integer(PreparedStatement statement, int at, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(at, Types.INTEGER);
        } else {
            statement.setInt(at, value);
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
