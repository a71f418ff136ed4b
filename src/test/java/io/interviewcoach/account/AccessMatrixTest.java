package io.interviewcoach.account;

import static io.interviewcoach.account.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.account.Api.Account;
import io.interviewcoach.account.store.ShareStore;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.job.store.JobStore;
import io.interviewcoach.job.store.NewJob;
import io.interviewcoach.session.store.FinishedSession;
import io.interviewcoach.session.store.SessionFacts;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.testsupport.TestAssets;
import io.interviewcoach.web.access.BearerToken;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Every operation of the OpenAPI document × {anonymous, owner, other candidate, coach with share, coach without
 * share, admin} → the status the rule table expects, on a real server and PostgreSQL. An operation without a rule,
 * or a rule without an operation, fails the test. Each cell gets a fresh finished session (shared with the sharing
 * coach) and a fresh failed job, so destructive calls do not disturb other cells.
 */
@QuarkusTest
@TestProfile(AccountsTestProfile.class)
class AccessMatrixTest {
    enum Who { ANONYMOUS, OWNER, OTHER_CANDIDATE, COACH_SHARED, COACH_UNSHARED, ADMIN }

    private static final Map<String, Map<Who, Integer>> RULES = new LinkedHashMap<>();

    static {
        // accounts: open calls answer the same to everyone (the body is the credential)
        open("POST /api/users", 201);
        open("POST /api/auth/login", 200);
        open("POST /api/auth/refresh", 200);
        open("POST /api/auth/logout", 204);
        users("GET /api/me", 200);
        users("GET /api/me/shares", 200);
        users("GET /api/me/export", 200);
        users("DELETE /api/me", 204);
        rule("GET /api/users", 401, 403, 403, 403, 403, 200);
        // sessions: owner reads and writes, the coach it was shared with reads, everyone else: 404
        open("POST /api/sessions", 201);
        read("GET /api/sessions/{id}");
        read("GET /api/sessions/{id}/report");
        read("GET /api/sessions/{id}/report.html");
        read("GET /api/sessions/{id}/answers/{n}");
        write("DELETE /api/sessions/{id}", 204);
        write("GET /api/sessions/{id}/shares", 200);
        write("POST /api/sessions/{id}/shares", 201);
        write("DELETE /api/sessions/{id}/shares/{coachId}", 204);
        users("GET /api/progress", 200);
        open("GET /api/questions", 200);
        open("POST /api/questions/match", 200);
        // analyses: the account that uploaded (and the job token's holder, JobApiTest), never shared
        open("POST /api/analyses", 202);
        write("GET /api/analyses/{id}", 200);
        write("GET /api/analyses/{id}/report", 422);
        write("DELETE /api/analyses/{id}", 204);
    }

    private static void rule(String op, int... statuses) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        for (Who w : Who.values()) {
            expected.put(w, statuses[w.ordinal()]);
        }
        RULES.put(op, expected);
    }

    private static void open(String op, int status) {
        rule(op, status, status, status, status, status, status);
    }

    private static void users(String op, int status) {
        rule(op, 401, status, status, status, status, status);
    }

    private static void read(String op) {
        rule(op, 401, 200, 404, 200, 404, 404);
    }

    private static void write(String op, int status) {
        rule(op, 401, status, 404, 404, 404, 404);
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    SessionStore store;

    @Inject
    ShareStore shares;

    @Inject
    UserStore users;

    @Inject
    JobStore jobs;

    @Inject
    Pool pool;

    private Api api;
    private final Map<Who, Account> accounts = new EnumMap<>(Who.class);
    private ObjectNode report;

    @Test
    void everyOperationAnswersEachKindOfCallerAsTheRuleTableSays() throws Exception {
        api = new Api(base);
        accounts.put(Who.OWNER, api.account(Api.fresh("owner"), null));
        accounts.put(Who.OTHER_CANDIDATE, api.account(Api.fresh("other"), "candidate"));
        accounts.put(Who.COACH_SHARED, api.account(Api.fresh("coach"), "coach"));
        accounts.put(Who.COACH_UNSHARED, api.account(Api.fresh("coach2"), "coach"));
        accounts.put(Who.ADMIN, api.account(AccountsTestProfile.ADMIN_EMAIL, null));
        report = (ObjectNode) Api.JSON.readTree(Files.readString(Path.of("src/test/resources/bench/d9-report.json")));
        warmUp();
        report.putArray("answers").addObject().putNull("questionId").put("start", 0.0).put("end", 5.0);

        JsonNode doc = json(api.send("GET", "/q/openapi?format=json", null, null), 200);
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            var path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        List<String> missing = operations.stream().filter(op -> !RULES.containsKey(op)).toList();
        assertEquals(List.of(), missing, "operations in /q/openapi without a rule in the access matrix");
        assertEquals(new TreeSet<>(RULES.keySet()), new TreeSet<>(operations), "rules for operations that do not exist");

        // DELETE /api/me last: the administrator's own account goes with it
        operations.sort((a, b) -> Boolean.compare(a.equals("DELETE /api/me"), b.equals("DELETE /api/me")));
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String op : operations) {
            for (Who who : Who.values()) {
                int status = call(op, who);
                cells++;
                int expected = RULES.get(op).get(who);
                if (status != expected) {
                    wrong.add(op + " as " + who + ": " + status + ", expected " + expected);
                }
            }
        }
        System.out.printf("access matrix: %d operations x %d callers = %d cells, %d as expected%n", operations.size(),
                Who.values().length, cells, cells - wrong.size());
        assertEquals(List.of(), wrong);
        assertEquals(RULES.size() * Who.values().length, cells, "every rule was tried for every caller");
    }

    /** One cell: a fresh session and job, the request as this caller, and clean-up of what it created. */
    private int call(String op, Who who) throws Exception {
        Account owner = accounts.get(Who.OWNER);
        Account caller = accounts.get(who);
        if (op.equals("DELETE /api/me") && who != Who.ANONYMOUS && who != Who.ADMIN) {
            caller = api.account(Api.fresh("erased"), who == Who.COACH_SHARED || who == Who.COACH_UNSHARED ? "coach" : null);
        }
        UUID sessionId = seedSession(owner);
        UUID jobId = UUID.randomUUID();
        String jobToken = BearerToken.generate();
        seedJob(jobId, jobToken, owner);

        String bearer = who == Who.ANONYMOUS ? null : caller.accessToken();
        String method = op.substring(0, op.indexOf(' '));
        String path = op.substring(op.indexOf(' ') + 1)
                .replace("{id}", op.contains("/api/analyses/") ? jobId.toString()
                        : op.contains("/api/questions/") ? "tell-me-about-yourself" : sessionId.toString())
                .replace("{n}", "1").replace("{coachId}", accounts.get(Who.COACH_SHARED).id().toString());
        Account credentialsOf = caller == null ? owner : caller;
        HttpResponse<String> response = switch (op) {
            case "POST /api/analyses" -> api.upload(path, TestAssets.media("d12.mp4"));
            default -> api.send(method, path, bearer, body(op, credentialsOf));
        };
        cleanUp(op, response);
        await(() -> jobs.delete(jobId));
        return response.statusCode();
    }

    private String body(String op, Account who) throws Exception {
        return switch (op) {
            case "POST /api/users" -> Api.credentials(Api.fresh("signup"), "long enough password", null);
            case "POST /api/auth/login" -> Api.credentials(who.email(), who.password(), null);
            case "POST /api/auth/refresh", "POST /api/auth/logout" -> Api.JSON.createObjectNode()
                    .put("refreshToken", api.login(who.email(), who.password()).refreshToken()).toString();
            case "POST /api/sessions" -> "{}";
            case "POST /api/questions/match" -> "{\"text\":\"a team lead who resolves conflict\"}";
            case "POST /api/sessions/{id}/shares" -> Api.JSON.createObjectNode()
                    .put("coachId", accounts.get(Who.COACH_SHARED).id().toString()).toString();
            default -> null;
        };
    }

    /** Sessions and jobs a cell created through the API are deleted with the token it answered. */
    private void cleanUp(String op, HttpResponse<String> response) throws Exception {
        if (op.equals("POST /api/sessions") && response.statusCode() == 201) {
            JsonNode created = Api.JSON.readTree(response.body());
            assertEquals(204, api.send("DELETE", "/api/sessions/" + created.get("id").asText(),
                    created.get("token").asText(), null).statusCode());
        }
        if (op.equals("POST /api/analyses") && response.statusCode() == 202) {
            JsonNode created = Api.JSON.readTree(response.body());
            assertEquals(204, api.send("DELETE", "/api/analyses/" + created.get("id").asText(),
                    created.get("token").asText(), null).statusCode());
        }
    }

    /**
     * The first HQL query of a JVM builds Hibernate's parser (seconds on a loaded machine); paid here, by a read of its
     * own breaker, not by the first seeded session's timed write.
     */
    private void warmUp() {
        for (int i = 0; i < 3; i++) {
            try {
                await(() -> store.answerCount(UUID.randomUUID()));
                return;
            } catch (IllegalStateException e) {
                System.out.println("warm-up read failed (" + e.getMessage() + "); again");
            }
        }
    }

    /**
     * A job of the owner's account that failed (no upload, no analysis): inserted, then marked failed at once, so that no worker of any
     * server sharing this database ever claims it; deleted after its cell.
     */
    private void seedJob(UUID jobId, String jobToken, Account owner) {
        UUID ownerRow = await(() -> users.byId(owner.id())).ownerId();
        await(() -> jobs.insert(new NewJob(jobId, BearerToken.hash(jobToken), ownerRow, "target/matrix-no-upload-" + jobId, 1,
                "video/mp4", "none.mp4", null, null)));
        await(() -> pool.preparedQuery("UPDATE analysis_jobs SET status = 'failed', error = 'seeded by the access matrix'"
                + " WHERE id = $1").execute(Tuple.of(jobId)));
    }

    /** A finished session of the owner's account, with a report and one answer, shared with the sharing coach. */
    private UUID seedSession(Account owner) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID ownerRow = await(() -> users.byId(owner.id())).ownerId();
        SessionFacts facts = new SessionFacts(id, BearerToken.hash(BearerToken.generate()), 10, null, now, now, null,
                ownerRow, null);
        await(() -> store.persistFinished(new FinishedSession(id, facts, report, now)));
        await(() -> shares.share(id, accounts.get(Who.COACH_SHARED).id()));
        return id;
    }

    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
