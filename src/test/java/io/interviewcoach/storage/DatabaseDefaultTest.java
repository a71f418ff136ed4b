package io.interviewcoach.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The configured server wins over the embedded default; one URL is enough. (The embedded start: EmbeddedDatabaseIT.) */
class DatabaseDefaultTest {
    @AfterEach
    void clear() {
        System.clearProperty(DatabaseDefault.REACTIVE_URL);
        System.clearProperty(DatabaseDefault.JDBC_URL);
    }

    @Test
    void aConfiguredReactiveUrlGivesTheJdbcOneAndNoEmbeddedServer() {
        System.setProperty(DatabaseDefault.REACTIVE_URL, "postgresql://db.example.com:5433/coach");
        Map<String, String> props = DatabaseDefault.properties();
        assertEquals("postgresql://db.example.com:5433/coach", props.get(DatabaseDefault.REACTIVE_URL));
        assertEquals("jdbc:postgresql://db.example.com:5433/coach", props.get(DatabaseDefault.JDBC_URL));
        assertEquals("true", props.get("quarkus.flyway.migrate-at-start"));
        assertFalse(props.containsKey("quarkus.datasource.username"), "the user's own credentials are left alone");
    }

    @Test
    void aConfiguredJdbcUrlGivesTheReactiveOne() {
        System.setProperty(DatabaseDefault.JDBC_URL, "jdbc:postgresql://127.0.0.1:5432/test");
        assertEquals("postgresql://127.0.0.1:5432/test", DatabaseDefault.properties().get(DatabaseDefault.REACTIVE_URL));
    }

    @Test
    void theEmbeddedDataLivesInTheUsersDataDirectory() {
        assertEquals(Path.of("/data/x/interview-coach/postgres"), DatabaseDefault.dataDirectory(Map.of("XDG_DATA_HOME", "/data/x")));
        assertEquals(Path.of(System.getProperty("user.home"), ".local", "share", "interview-coach", "postgres"),
                DatabaseDefault.dataDirectory(Map.of()));
    }
}
