package io.interviewcoach.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.interviewcoach.web.trace.RequestIds;

/** Which callers' X-Request-Id values are kept (echoed and logged) and which are replaced. */
class RequestIdsTest {
    @Test
    void plainTokensAreKept() {
        for (String id : new String[] {UUID.randomUUID().toString(), "a", "4bf92f3577b34da6a3ce929d0e0e4736",
                "lb-01:req.42_x", "x".repeat(64)}) {
            assertEquals(id, RequestIds.from(id), id);
        }
    }

    @Test
    void anythingElseIsReplacedByANewUuid() {
        for (String id : new String[] {null, "", "x".repeat(65), "two words", "a\"b", "a\nlevel=ERROR", "é", "a{b}"}) {
            assertFalse(RequestIds.valid(id), String.valueOf(id));
            String replaced = RequestIds.from(id);
            assertTrue(replaced.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"), replaced);
        }
        assertNotEquals(RequestIds.from(null), RequestIds.from(null));
    }
}
