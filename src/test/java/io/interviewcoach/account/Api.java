package io.interviewcoach.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain HTTP calls to the test server, as a client would make them. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    /** An account signed up and signed in: its ids and tokens. */
    record Account(String email, String password, UUID id, String accessToken, String refreshToken) {
    }

    HttpResponse<String> send(String method, String path, String bearer, String jsonBody) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.substring(1)));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> sendHeader(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path.substring(1))).header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String path, Path file) throws Exception {
        String boundary = "----matrix" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] data = Files.readAllBytes(file);
        byte[] body = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(data, 0, body, head.length, data.length);
        System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
        return http.send(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.uri() + ": "
                + response.body());
        return JSON.readTree(response.body());
    }

    static String credentials(String email, String password, String role) {
        var node = JSON.createObjectNode().put("email", email).put("password", password);
        if (role != null) {
            node.put("role", role);
        }
        return node.toString();
    }

    /** Signs up (or, for an email that exists, just signs in) and signs in. */
    Account account(String email, String role) throws Exception {
        String password = "correct horse battery " + email.length();
        HttpResponse<String> up = send("POST", "/api/users", null, credentials(email, password, role));
        if (up.statusCode() != 409) {
            json(up, 201);
        }
        return login(email, password);
    }

    Account login(String email, String password) throws Exception {
        JsonNode tokens = json(send("POST", "/api/auth/login", null, credentials(email, password, null)), 200);
        String access = tokens.get("accessToken").asText();
        JsonNode me = json(send("GET", "/api/me", access, null), 200);
        return new Account(email, password, UUID.fromString(me.get("id").asText()), access,
                tokens.get("refreshToken").asText());
    }

    static String fresh(String what) {
        return what + "-" + UUID.randomUUID() + "@accounts.test";
    }
}
