package io.interviewcoach.account;

import static io.interviewcoach.account.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.account.Api.Account;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.session.store.SessionStore;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * A candidate's way through accounts on the real server: sign-up rules, a live session that joins the account,
 * sharing with a coach and taking it back, the administrator's list, export, and erasure checked in PostgreSQL.
 */
@QuarkusTest
@TestProfile(AccountsTestProfile.class)
class AccountFlowTest {
    @TestHTTPResource("/")
    URI base;

    @Inject
    UserStore users;

    @Inject
    SessionStore sessions;

    @Test
    void signUpRulesThenASharedSessionThenExportAndErasure() throws Exception {
        Api api = new Api(base);
        String email = Api.fresh("Flow").toUpperCase();
        assertEquals(400, api.send("POST", "/api/users", null, Api.credentials(email, "short", null)).statusCode());
        assertEquals(400, api.send("POST", "/api/users", null, Api.credentials("not-an-email", "long enough pw", null))
                .statusCode());
        assertEquals(400, api.send("POST", "/api/users", null, Api.credentials(Api.fresh("x"), "long enough pw", "admin"))
                .statusCode());
        assertEquals(400, api.send("POST", "/api/users", null, Api.credentials(Api.fresh("x"), "é".repeat(37), null))
                .statusCode(), "over bcrypt's 72 bytes");
        JsonNode created = json(api.send("POST", "/api/users", null, Api.credentials(email, "long enough pw", null)), 201);
        assertEquals(email.toLowerCase(), created.get("email").asText(), "stored lower-cased");
        assertEquals("candidate", created.get("role").asText());
        assertEquals(409, api.send("POST", "/api/users", null, Api.credentials(email.toLowerCase(), "another long pw", null))
                .statusCode());
        Account candidate = api.login(email.toLowerCase(), "long enough pw");
        Account coach = api.account(Api.fresh("flow-coach"), "coach");

        JsonNode session = json(api.send("POST", "/api/sessions", candidate.accessToken(), "{}"), 201);
        String id = session.get("id").asText();
        assertTrue(session.path("ownerToken").isNull() || session.path("ownerToken").isMissingNode(),
                "a signed-in user's session joins the account: no owner token");
        json(api.send("GET", "/api/sessions/" + id, candidate.accessToken(), null), 200);
        json(api.send("GET", "/api/sessions/" + id, session.get("token").asText(), null), 200);
        assertEquals(404, api.send("GET", "/api/sessions/" + id, coach.accessToken(), null).statusCode());

        JsonNode share = json(api.send("POST", "/api/sessions/" + id + "/shares", candidate.accessToken(),
                "{\"coachEmail\":\"" + coach.email().toUpperCase() + "\"}"), 201);
        assertEquals(coach.id().toString(), share.get("coachId").asText());
        assertEquals(email.toLowerCase(), share.get("candidateEmail").asText());
        json(api.send("GET", "/api/sessions/" + id, coach.accessToken(), null), 200);
        assertEquals(404, api.send("DELETE", "/api/sessions/" + id, coach.accessToken(), null).statusCode(),
                "a coach reads, never deletes");
        assertEquals(id, json(api.send("GET", "/api/me/shares", coach.accessToken(), null), 200).get(0).get("sessionId")
                .asText());
        assertEquals(400, api.send("POST", "/api/sessions/" + id + "/shares", candidate.accessToken(),
                "{\"coachId\":\"" + candidate.id() + "\"}").statusCode(), "only coaches can be shared with");
        assertEquals(204, api.send("DELETE", "/api/sessions/" + id + "/shares/" + coach.id(), candidate.accessToken(), null)
                .statusCode());
        assertEquals(404, api.send("GET", "/api/sessions/" + id, coach.accessToken(), null).statusCode(), "unshared");

        Account admin = api.account(AccountsTestProfile.ADMIN_EMAIL, null);
        assertEquals("admin", json(api.send("GET", "/api/me", admin.accessToken(), null), 200).get("role").asText());
        assertTrue(api.send("GET", "/api/users", admin.accessToken(), null).body().contains(email.toLowerCase()));
        assertEquals(404, api.send("GET", "/api/sessions/" + id, admin.accessToken(), null).statusCode(),
                "no session content for administrators");

        var export = api.send("GET", "/api/me/export", candidate.accessToken(), null);
        JsonNode exported = json(export, 200);
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                export.headers().toString());
        assertEquals(email.toLowerCase(), exported.get("account").get("email").asText());
        assertEquals(id, exported.get("content").get("sessions").get(0).get("id").asText());
        assertTrue(!export.body().contains("password"), "no password hash in the export");

        assertEquals(204, api.send("DELETE", "/api/me", candidate.accessToken(), null).statusCode());
        assertNull(await(() -> users.byId(candidate.id())), "the account row is gone");
        assertNull(await(() -> sessions.session(UUID.fromString(id))), "its session is gone");
        assertEquals(401, api.send("GET", "/api/me", candidate.accessToken(), null).statusCode());
        assertEquals(401, api.send("POST", "/api/auth/login", null, Api.credentials(email, "long enough pw", null))
                .statusCode());
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
