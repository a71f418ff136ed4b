package io.interviewcoach.session;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plain JDBC on the test database, to check what the application wrote. */
final class Db {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private Db() {
    }

    static long count(String table, UUID sessionId) throws SQLException {
        String column = table.equals("sessions") ? "id" : "session_id";
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where " + column + " = ?")) {
            s.setObject(1, sessionId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The rows of a query as column → value maps (jsonb as its text). */
    static List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        Object v = r.getObject(i);
                        row.put(r.getMetaData().getColumnLabel(i), v instanceof org.postgresql.util.PGobject pg ? pg.getValue() : v);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Waits (up to 20 s) until the session's row has {@code status}; the journal writes after the socket answered. */
    static void awaitStatus(UUID sessionId, String status) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> rows = rows("select status from sessions where id = ?", sessionId);
            if (!rows.isEmpty() && status.equals(rows.get(0).get("status"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("session " + sessionId + " never reached status " + status + " in the database");
    }
}
