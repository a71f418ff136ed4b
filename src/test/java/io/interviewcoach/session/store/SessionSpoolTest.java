package io.interviewcoach.session.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The spool's files: what is written is read back whole, a deletion replaces an end, a bad file is refused. */
class SessionSpoolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void anEndIsReadBackWholeAndADeletionReplacesIt() throws Exception {
        SessionSpool spool = new SessionSpool(dir, registry);
        UUID id = UUID.randomUUID();
        OffsetDateTime created = OffsetDateTime.of(2026, 12, 1, 6, 0, 0, 123_000_000, ZoneOffset.UTC);
        SessionFacts facts = SessionFacts.created(id, "hash", 10, "lite", created)
                .started(created.plusSeconds(2), "[\"pace\"]").owner(UUID.randomUUID(), "[\"q1\"]");
        ObjectNode report = (ObjectNode) JSON.readTree("{\"schemaVersion\":3,\"scores\":{\"overall\":71.25,"
                + "\"speechContent\":null},\"answers\":[{\"questionId\":\"q1\",\"start\":0.0,\"end\":4.5}],"
                + "\"timeline\":[{\"t\":0.0},{\"t\":1.0}]}");
        FinishedSession end = new FinishedSession(id, facts, report, created.plusSeconds(60));

        spool.write(new SessionSpool.Entry(id, end));
        Path file = dir.resolve(id + ".json");
        SessionSpool.Entry read = spool.read(file);
        assertEquals(end, read.finished(), "facts, report and end time come back as written");
        assertEquals(end, spool.finished(id.toString()).orElseThrow());
        assertEquals(List.of(file), spool.files());
        assertEquals(1, registry.counter("coach.storage.spooled", "kind", "finished").count());
        assertEquals(1, registry.get("coach.storage.spool.pending").gauge().value());

        spool.write(new SessionSpool.Entry(id, null));
        assertTrue(spool.read(file).deletion(), "the deletion replaced the end");
        assertTrue(spool.finished(id.toString()).isEmpty(), "a deleted session's report is not served");
        spool.remove(read); // the end read before: its writing is gone, the deletion stays
        assertTrue(Files.exists(file));
        spool.remove(spool.read(file));
        assertFalse(Files.exists(file));
        assertEquals(0, registry.get("coach.storage.spool.pending").gauge().value());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aFailedSessionWithoutFactsIsKeptAsSuch() throws Exception {
        SessionSpool spool = new SessionSpool(dir, registry);
        UUID id = UUID.randomUUID();
        FinishedSession end = new FinishedSession(id, null, null, OffsetDateTime.now(ZoneOffset.UTC));
        spool.write(new SessionSpool.Entry(id, end));
        FinishedSession read = spool.read(dir.resolve(id + ".json")).finished();
        assertEquals(end, read);
        assertNull(read.report());
        assertEquals("failed", read.status());
    }

    @Test
    void aFileThatIsNotAnEntryIsRefusedAndMovedAside() throws Exception {
        SessionSpool spool = new SessionSpool(dir, registry);
        UUID id = UUID.randomUUID();
        Path truncated = dir.resolve(id + ".json");
        Files.writeString(truncated, "{\"format\":1,\"kind\":\"fin");
        assertThrows(SessionSpool.CorruptException.class, () -> spool.read(truncated));
        Path renamed = dir.resolve(UUID.randomUUID() + ".json");
        spool.write(new SessionSpool.Entry(id, null));
        Files.move(dir.resolve(id + ".json"), renamed);
        assertThrows(SessionSpool.CorruptException.class, () -> spool.read(renamed), "its name and content disagree");

        spool.moveAside(renamed, "corrupt", "test");
        assertFalse(Files.exists(renamed));
        assertTrue(Files.exists(dir.resolve("aside").resolve(renamed.getFileName())));
        assertEquals(1, registry.counter("coach.storage.spool.aside", "reason", "corrupt").count());
    }
}
