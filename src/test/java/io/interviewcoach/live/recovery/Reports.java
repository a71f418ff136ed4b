package io.interviewcoach.live.recovery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.client.LiveClient;

/** Stored session reports read through the REST API. */
final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {
    }

    /** GET /api/sessions/{id}/report until it is there (200). */
    static JsonNode await(HttpClient http, URI base, LiveClient.Session s, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> r = null;
        while (System.nanoTime() < deadline) {
            r = http.send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + s.id() + "/report"))
                    .header("Authorization", "Bearer " + s.token()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return JSON.readTree(r.body());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no report of " + s.id() + ": " + (r == null ? "" : r.statusCode() + " " + r.body()));
    }

    /** The answer messages without their {@code type}, as the report's {@code answers} carry them. */
    static List<JsonNode> withoutType(Iterable<JsonNode> messages) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : messages) {
            ObjectNode copy = m.deepCopy();
            copy.remove("type");
            out.add(copy);
        }
        return out;
    }
}
