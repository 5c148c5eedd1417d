package org.assessor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Small JDBC helpers for nullable values and instants, in SQL both H2 and PostgreSQL run. */
final class Rows {
    private Rows() {
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
