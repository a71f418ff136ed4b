package io.interviewcoach.live.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A refused session becomes one line a user can act on. */
class LiveReplayClientTest {
    @Test
    void refusalKeepsTheProblemDetailAndRetryHintAndDropsErrorPages() {
        assertEquals("the live service refused a new session (HTTP 503): 8 sessions are running, the most this server "
                        + "takes; retry after 30 s",
                LiveReplayClient.refusal(503, "{\"type\":\"urn:interview-coach:problem:at-capacity\",\"title\":\"At capacity\",\"status\":503,"
                        + "\"detail\":\"8 sessions are running, the most this server takes\"}", "30"));
        assertEquals("the live service refused a new session (HTTP 404): no live service there",
                LiveReplayClient.refusal(404, "<html><body><h1>Resource not found</h1></body></html>", null));
        assertEquals("the live service refused a new session (HTTP 500)", LiveReplayClient.refusal(500, "", null));
    }
}
