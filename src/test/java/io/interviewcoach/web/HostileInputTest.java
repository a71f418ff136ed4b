package io.interviewcoach.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.live.client.LiveClient;
import io.interviewcoach.live.socket.SocketMessageBudget;
import io.interviewcoach.testsupport.TestAssets;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.limit.LimitKind;
import io.interviewcoach.web.limit.RedisCounters;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Hostile input against a real server (PostgreSQL, Redis, models): injection in ids, tokens, queries, JSON and
 * headers; oversized and malformed bodies; path traversal in upload names and URLs; forged socket messages; calls
 * and sockets from foreign origins; bursts over the rate limits. Every case must be refused with the right status
 * (or neutralised, for a name that is cleaned), nothing may crash, and no body may show a stack trace or internals.
 * Prints "cases tried / refused as expected". (Token and JWT cases belong to the accounts' suite.)
 */
@QuarkusTest
@TestProfile(HostileInputProfile.class)
class HostileInputTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What an error body must never show: a stack trace, class or library names, SQL, file paths. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|java\\.|io\\.interviewcoach|org\\.|hibernate|vertx|netty|SELECT |"
                    + "INSERT |postgres|SQLSTATE|/work/|/tmp/|/home/|root:x:", Pattern.CASE_INSENSITIVE);
    private static int tried;
    private static int refused;
    private static final List<String> failed = new ArrayList<>();

    @TestHTTPResource("/")
    URI base;

    @Inject
    RedisDataSource redis;

    @Inject
    SocketMessageBudget socketBudget;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void freshCounters(org.junit.jupiter.api.TestInfo test) {
        System.out.println("hostile inputs: " + test.getDisplayName());
        for (LimitKind kind : LimitKind.values()) { // a rerun within the window must start afresh
            redis.key().del(RedisCounters.key(kind, BearerToken.hash("ip:127.0.0.1")));
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("hostile inputs: %d cases tried / %d refused as expected%s%n", tried, refused,
                failed.isEmpty() ? "" : "; not as expected: " + failed);
    }

    @Test
    void injectionInIdsTokensAndQueries() {
        UUID unknown = UUID.randomUUID();
        expect("sqli in a session id", 404, given().header("Authorization", "Bearer x")
                .get("/api/sessions/{id}", "' OR '1'='1"));
        expect("sqli in a job id", 404, given().header("Authorization", "Bearer x")
                .get("/api/analyses/{id}", "1;DROP TABLE sessions"));
        expect("sqli in a token", 404, given().header("Authorization", "Bearer ' OR 1=1 --")
                .get("/api/sessions/" + unknown));
        expect("sqli in an owner token", 404, given().header("Authorization", "Bearer x' OR '1'='1")
                .get("/api/progress"));
        Response none = given().queryParam("role", "no-such-role").get("/api/questions");
        Response injected = given().queryParam("role", "' OR '1'='1").get("/api/questions");
        expect("sqli in a query parameter (no more rows than a role that does not exist)", 200, injected);
        assertEquals(none.body().asString(), injected.body().asString());
        expect("a path traversal in a session id", 404, given().header("Authorization", "Bearer x")
                .urlEncodingEnabled(false).get("/api/sessions/..%2F..%2F..%2Fetc%2Fpasswd/report"));
        Response traversal = given().urlEncodingEnabled(false).get("/%2e%2e/%2e%2e/etc/passwd");
        count("a path traversal in a site path", traversal.statusCode() != 500 && clean(traversal.body().asString()));
        expect("TRACE is not echoed", 405, given().header("X-Secret", "s3cret").request("TRACE", "/api/sessions"));
    }

    @Test
    void malformedAndOversizedBodies() throws Exception {
        for (String body : List.of("{\"fps\":\"10; DROP TABLE sessions\"}", "{\"fps\":10,\"$where\":\"1==1\"}",
                "{\"fps\":", "{\"poseModel\":\"" + "a".repeat(2 << 20) + "\"}",
                "{\"questionIds\":[\"x' OR '1'='1\"]}", "{\"fps\":1e999999}", "\u0000\u0001\u0002")) {
            expect("a bad session body: " + abbreviate(body), 400, given().contentType("application/json").body(body)
                    .post("/api/sessions"));
        }
        // deeply nested JSON is sent raw: RestAssured itself runs out of memory on it (the server answers 400 at once)
        String nested = "[".repeat(100_000);
        String deep = raw("POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\nContent-Length: " + nested.length() + "\r\n\r\n" + nested);
        count("a body nested 100,000 deep", deep.startsWith("HTTP/1.1 400") && clean(body(deep)));
        Response xml = given().contentType("application/xml").body("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM"
                + " \"file:///etc/passwd\">]><x>&e;</x>").post("/api/sessions");
        count("an XML body with an external entity", Set.of(400, 415).contains(xml.statusCode())
                && clean(xml.body().asString()));
        String raw = raw("POST /api/analyses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: 10737418240\r\n\r\n");
        count("a declared 10 GB upload", raw.startsWith("HTTP/1.1 413") && clean(body(raw)));
        expect("an upload that is not a recording", 415, given().multiPart("file", "answer.mp4",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "video/mp4").post("/api/analyses"));
        expect("an upload without a file part", 400, given().multiPart("questionId", "x").post("/api/analyses"));
        String broken = "--wrong\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxx\r\n--wrong--\r\n";
        String multipart = raw("POST /api/analyses HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=right\r\nContent-Length: " + broken.length() + "\r\n\r\n"
                + broken);
        count("a broken multipart body (got " + multipart.lines().findFirst().orElse("nothing") + ", " + abbreviate(body(multipart))
                + ")", multipart.startsWith("HTTP/1.1 400") && clean(body(multipart)));
        String header = raw("GET /api/questions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n");
        count("a 70 kB header", header.matches("(?s)HTTP/1.1 (400|413|431).*"));
        String bareCr = raw("GET /api/questions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer a\rX-Injected: 1\r\n\r\n");
        count("a header with a bare CR", bareCr.startsWith("HTTP/1.1 400") || bareCr.isEmpty());
        Response crlf = given().urlEncodingEnabled(false).get("/api/sessions/%0d%0aSet-Cookie:%20injected=1");
        count("CR LF in a path does not become a header", crlf.statusCode() == 401 && crlf.header("Set-Cookie") == null
                && clean(crlf.body().asString()));
    }

    @Test
    void uploadNamesStayInsideTheUploadFolder() throws Exception {
        byte[] recording = Files.readAllBytes(TestAssets.media("d9.mp4"));
        String marker = "evil-" + UUID.randomUUID();
        for (String name : List.of("../../../../tmp/" + marker + ".mp4", "..\\..\\..\\" + marker + ".mp4",
                "%2e%2e%2f%2e%2e%2f" + marker + ".mp4", "/etc/" + marker + ".mp4")) {
            Response r = given().multiPart("file", name, recording, "video/mp4").post("/api/analyses");
            String id = r.statusCode() == 202 ? r.jsonPath().getString("id") : null;
            boolean inside = id != null && storedInside(UUID.fromString(id))
                    && !Files.exists(Path.of("/tmp", marker + ".mp4")) && !Files.exists(Path.of("/etc", marker + ".mp4"));
            count("path traversal in an upload name: " + name, inside);
        }
        expect("an upload with an unknown owner token", 404, given().header("Authorization", "Bearer not-an-owner")
                .multiPart("file", "a.mp4", recording, "video/mp4").post("/api/analyses"));
        // with a known owner token the job joins that owner (V6)
        Response session = given().contentType("application/json").body("{}").post("/api/sessions");
        assertEquals(201, session.statusCode(), session.body().asString());
        String ownerToken = session.jsonPath().getString("ownerToken");
        Response owned = given().header("Authorization", "Bearer " + ownerToken)
                .multiPart("file", "a.mp4", recording, "video/mp4").post("/api/analyses");
        assertEquals(202, owned.statusCode(), owned.body().asString());
        assertEquals(1, sqlCount("select count(*) from analysis_jobs j join owners o on o.id = j.owner_id"
                + " where j.id = '" + owned.jsonPath().getString("id") + "' and o.token_hash = '"
                + BearerToken.hash(ownerToken) + "'"));
    }

    @Test
    void foreignOriginsAndSecurityHeaders() throws Exception {
        Response preflight = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/sessions");
        String acao = preflight.header("Access-Control-Allow-Origin");
        count("a preflight from a foreign origin", acao == null || !(acao.equals("*") || acao.contains("evil")));
        Response allowed = given().header("Origin", HostileInputProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST").options("/api/sessions");
        assertEquals(HostileInputProfile.ALLOWED_ORIGIN, allowed.header("Access-Control-Allow-Origin"));
        Response post = given().header("Origin", "https://evil.example").contentType("application/json").body("{}")
                .post("/api/sessions");
        expect("a POST from a foreign origin", 403, post);
        assertTrue(post.body().asString().contains("foreign-origin"));
        expect("a DELETE from a foreign origin", 403, given().header("Origin", "https://evil.example")
                .header("Authorization", "Bearer x").delete("/api/sessions/" + UUID.randomUUID()));
        String host = "127.0.0.1:" + base.getPort();
        String socket = "GET /api/sessions/" + UUID.randomUUID() + "/live?token=x HTTP/1.1\r\nHost: " + host + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nOrigin: ";
        count("a socket from a foreign origin", raw(socket + "https://evil.example\r\n\r\n").startsWith("HTTP/1.1 403"));
        count("a plain ws socket from an https page (mixed)", raw(socket + "https://" + host + "\r\n\r\n")
                .startsWith("HTTP/1.1 403"));
        assertTrue(raw(socket + "http://" + host + "\r\n\r\n").startsWith("HTTP/1.1 401"),
                "the site's own origin passes the origin check (then the token is checked)");

        Response page = given().get("/api/questions");
        String csp = page.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("media-src 'self' blob:")
                && csp.contains("script-src 'self';") && csp.contains("connect-src 'self'"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        Response forged = given().header("X-Forwarded-Proto", "https").get("/api/questions");
        count("X-Forwarded-Proto from an untrusted client gives no HSTS", forged.header("Strict-Transport-Security") == null);
        assertTrue(given().get("/api/sessions/" + UUID.randomUUID() + "/report.html").header("Content-Security-Policy")
                .startsWith("default-src 'none'"));
    }

    @Test
    void burstsOverTheRateLimitsAreRefused() {
        for (int i = 1; i <= HostileInputProfile.SESSION_LIMIT + 3; i++) {
            Response r = given().contentType("application/json").header("X-Forwarded-For", "198.51.100." + i)
                    .body("{\"fps\":0}").post("/api/sessions");
            if (i <= HostileInputProfile.SESSION_LIMIT) {
                assertEquals(400, r.statusCode(), "within the limit, request " + i);
            } else {
                expect429("session creation burst, request " + i + " (a forged X-Forwarded-For changes nothing)", r);
            }
        }
        // password guessing: one account's budget is spent whatever address the guesses claim to come from
        String victim = "victim-" + UUID.randomUUID() + "@example.com";
        for (int i = 1; i <= HostileInputProfile.SIGN_IN_LIMIT + 3; i++) {
            Response r = given().contentType("application/json").header("X-Forwarded-For", "203.0.113." + i)
                    .body("{\"email\":\"" + victim + "\",\"password\":\"guess number " + i + "\"}").post("/api/auth/login");
            if (i <= HostileInputProfile.SIGN_IN_LIMIT) {
                assertEquals(401, r.statusCode(), "within the limit, guess " + i);
            } else {
                expect429("brute-force sign-in, guess " + i, r);
            }
        }
        for (int i = 1; i <= HostileInputProfile.UPLOAD_LIMIT + 3; i++) {
            Response r = given().multiPart("questionId", "x").post("/api/analyses");
            if (i <= HostileInputProfile.UPLOAD_LIMIT) {
                assertEquals(400, r.statusCode(), "within the limit, upload " + i);
            } else {
                expect429("upload burst, request " + i, r);
            }
        }
    }

    @Test
    void forgedSocketMessages() throws Exception {
        Response created = given().contentType("application/json").body("{}").post("/api/sessions");
        assertEquals(201, created.statusCode(), created.body().asString());
        LiveClient.Session s = new LiveClient.Session(created.jsonPath().getString("id"),
                created.jsonPath().getString("token"), created.jsonPath().getString("socketUrl"), null);
        String ownerToken = created.jsonPath().getString("ownerToken"); // a real token, of another kind
        for (String[] attempt : new String[][] {{s.socketUrl(), "forged-token"}, {s.socketUrl(), ownerToken},
                {s.socketUrl(), s.token() + "' OR '1'='1"}}) {
            try {
                LiveClient.connect(http, base, attempt[0], attempt[1]).close();
                count("a socket with a token that is not the session's", false);
            } catch (CompletionException e) {
                count("a socket with a token that is not the session's", e.getCause() instanceof WebSocketHandshakeException h
                        && h.getResponse().statusCode() == 401);
            }
        }
        try (LiveClient c = LiveClient.connect(http, base, s.socketUrl(), s.token())) {
            c.next("ready", WAIT);
            c.sendText("{{{ not json");
            countError("a text message that is not JSON", c, "malformed");
            c.sendText("{\"type\":\"end\",\"sessionId\":\"" + UUID.randomUUID() + "\",\"__proto__\":{\"admin\":true}}x");
            countError("a control message with trailing garbage", c, "malformed");
            c.sendText("{\"type\":\"drop table\"}");
            countError("a control message of an unknown type", c, "malformed");
            c.sendBinary(new byte[] {(byte) 0xFF, 0, 0, 0, 1, 2, 3});
            countError("a binary message with a forged header", c, "malformed");
            c.sendBinary(new byte[(1 << 20) + 1]);
            countError("a binary message over max-message-bytes", c, "messageTooLarge");
            for (int i = 0; i < 3 * HostileInputProfile.SOCKET_LIMIT; i++) {
                c.sendText("{\"type\":\"ping\"}");
            }
            JsonNode limited = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (limited == null && System.nanoTime() < deadline) {
                LiveClient.Received m = c.next("error", Duration.ofSeconds(5));
                if (m != null && "coach.limits.socket-message".equals(m.message().path("limit").asText())) {
                    limited = m.message();
                }
            }
            count("a burst of socket messages from one address", limited != null
                    && "rateLimited".equals(limited.get("code").asText()));
        }
    }

    /**
     * One owner's sessions share a socket-message budget across addresses: two sessions of one owner, each from its own
     * address and each under the per-address limit, are refused together once the owner's budget is spent. (Every
     * socket of this test comes from 127.0.0.1, so the budget is asked directly with two documentation addresses.)
     */
    @Test
    void socketMessagesOfOneOwnerAreLimitedAcrossAddresses() {
        UUID owner = UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        socketBudget.register(first, owner);
        socketBudget.register(second, owner);
        int each = HostileInputProfile.SOCKET_LIMIT * 3 / 4;
        int admitted = 0;
        for (int i = 0; i < each; i++) {
            admitted += socketBudget.admits("192.0.2.10", first) ? 1 : 0;
            admitted += socketBudget.admits("192.0.2.20", second) ? 1 : 0;
        }
        // each address stays under its own limit; a fixed window that turns during the loop may let a few more in
        count("a burst of socket messages from one owner on two addresses", admitted < 2 * each
                && admitted >= HostileInputProfile.SOCKET_LIMIT);
        int anotherOwner = 0;
        String third = UUID.randomUUID().toString();
        socketBudget.register(third, UUID.randomUUID());
        for (int i = 0; i < each; i++) {
            anotherOwner += socketBudget.admits("192.0.2.30", third) ? 1 : 0;
        }
        assertEquals(each, anotherOwner, "another owner's budget is its own");
    }

    private void countError(String name, LiveClient c, String code) throws InterruptedException {
        LiveClient.Received m = c.next("error", WAIT);
        count(name, m != null && code.equals(m.message().path("code").asText()) && clean(m.message().toString()));
    }

    private static void expect429(String name, Response r) {
        String type = r.statusCode() == 429 ? r.jsonPath().getString("type") : null;
        String retryAfter = r.header("Retry-After");
        count(name, r.statusCode() == 429 && "urn:interview-coach:problem:too-many-requests".equals(type)
                && retryAfter != null && Long.parseLong(retryAfter) >= 1 && Long.parseLong(retryAfter) <= 60
                && clean(r.body().asString()));
    }

    private static void expect(String name, int status, Response r) {
        String body = r.body().asString();
        boolean problem = status < 400 || (body.contains("urn:interview-coach:problem:")
                && String.valueOf(r.contentType()).startsWith("application/problem+json"));
        count(name + " (got " + r.statusCode() + ")", r.statusCode() == status && problem && clean(body));
    }

    private static void count(String name, boolean asExpected) {
        tried++;
        if (asExpected) {
            refused++;
        } else {
            failed.add(name);
        }
        assertTrue(asExpected, name);
    }

    private static boolean clean(String body) {
        return !INTERNALS.matcher(body).find();
    }

    private boolean storedInside(UUID job) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                var s = c.prepareStatement("select upload_path, file_name from analysis_jobs where id = ?")) {
            s.setObject(1, job);
            try (var r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                Path path = Path.of(r.getString(1)).toAbsolutePath().normalize();
                String name = r.getString(2);
                return path.startsWith(HostileInputProfile.UPLOAD_DIR) && Files.exists(path)
                        && path.getParent().getParent().equals(HostileInputProfile.UPLOAD_DIR)
                        && !name.contains("/") && !name.contains("\\") && !name.startsWith(".");
            }
        }
    }

    private static long sqlCount(String sql) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Sends raw bytes and returns what came back within 3 s (empty when the server just closed). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0 && got.size() < 65536;) {
                    got.write(buf, 0, n);
                    if (got.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && !request.startsWith("POST")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // answered (or not) and left open, or closed hard
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String body(String response) {
        int i = response.indexOf("\r\n\r\n");
        return i < 0 ? "" : response.substring(i + 4);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40).replaceAll("\\p{Cntrl}", "?") + "…" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
