package io.interviewcoach.privacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC on the test database: rows made and checked by the privacy tests (their own ids only). */
final class Sql {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private Sql() {
    }

    static int update(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    static long count(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
