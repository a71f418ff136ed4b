package io.interviewcoach.account;

import static io.interviewcoach.account.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.account.Api.Account;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * The token part of the hostile-input suite: forged, expired, tampered and used-up tokens are each refused with 401
 * problem JSON that leaks nothing (no stack trace, no parser names, no token echoed back). Prints the counts.
 */
@QuarkusTest
@TestProfile(AccountsTestProfile.class)
class HostileTokensTest {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @TestHTTPResource("/")
    URI base;

    private final List<String> refusedWrongly = new ArrayList<>();
    private int tried;

    @Test
    void forgedExpiredTamperedAndUsedUpTokensAreRefusedWithoutLeaks() throws Exception {
        Api api = new Api(base);
        Account a = api.account(Api.fresh("hostile"), null);
        json(api.send("GET", "/api/me", a.accessToken(), null), 200); // the control: a real token passes
        String[] parts = a.accessToken().split("\\.");
        ObjectNode claims = (ObjectNode) Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        PrivateKey real = realKey();
        Instant now = Instant.now();

        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1] + ".";
        expect401(api, "alg none", none);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        expect401(api, "wrong signature (another RSA key)", claims(a, "candidate", "interview-coach", now.plusSeconds(600))
                .sign(rsa.generateKeyPair().getPrivate()));
        expect401(api, "expired", Jwt.issuer("interview-coach").subject(a.id().toString()).claim("role", "candidate")
                .issuedAt(now.minusSeconds(3600)).expiresAt(now.minusSeconds(600)).jws().algorithm(SignatureAlgorithm.RS256)
                .sign(real));
        ObjectNode admin = claims.deepCopy().put("role", "admin");
        expect401(api, "tampered role claim", parts[0] + "." + B64.encodeToString(Api.JSON.writeValueAsBytes(admin)) + "."
                + parts[2]);
        ObjectNode otherUser = claims.deepCopy().put("sub", UUID.randomUUID().toString());
        expect401(api, "tampered subject", parts[0] + "." + B64.encodeToString(Api.JSON.writeValueAsBytes(otherUser)) + "."
                + parts[2]);
        expect401(api, "HS256 signed with the public key (algorithm confusion)",
                claims(a, "candidate", "interview-coach", now.plusSeconds(600)).algorithm(SignatureAlgorithm.HS256)
                        .sign(new SecretKeySpec(Files.readAllBytes(Path.of(AccountsTestProfile.KEY_DIR,
                                "access-token-public.pem")), "HmacSHA256")));
        expect401(api, "another issuer", claims(a, "candidate", "evil", now.plusSeconds(600)).sign(real));
        expect401(api, "no role claim", Jwt.issuer("interview-coach").subject(a.id().toString())
                .expiresAt(now.plusSeconds(600)).jws().algorithm(SignatureAlgorithm.RS256).sign(real));
        expect401(api, "garbage in three parts", "eyJhbGciOi.x.y");
        expect401(api, "signature stripped", parts[0] + "." + parts[1] + ".");
        expect401At(api, "tampered token on a session read", "/api/sessions/" + UUID.randomUUID(),
                parts[0] + "." + B64.encodeToString(Api.JSON.writeValueAsBytes(admin)) + "." + parts[2]);

        // refresh tokens: used up by a refresh, revoked by sign-out
        String first = a.refreshToken();
        json(api.send("POST", "/api/auth/refresh", null, refresh(first)), 200);
        expect401Response("refresh token used twice", api.send("POST", "/api/auth/refresh", null, refresh(first)));
        Account again = api.login(a.email(), a.password());
        assertEquals(204, api.send("POST", "/api/auth/logout", null, refresh(again.refreshToken())).statusCode());
        expect401Response("refresh after logout", api.send("POST", "/api/auth/refresh", null, refresh(again.refreshToken())));
        expect401Response("made-up refresh token", api.send("POST", "/api/auth/refresh", null, refresh("made-up")));
        expect401Response("wrong password", api.send("POST", "/api/auth/login", null,
                Api.credentials(a.email(), a.password() + "x", null)));
        expect401Response("unknown email", api.send("POST", "/api/auth/login", null,
                Api.credentials(Api.fresh("nobody"), a.password(), null)));

        // an erased account's still-unexpired access token
        assertEquals(204, api.send("DELETE", "/api/me", again.accessToken(), null).statusCode());
        expect401(api, "access token of an erased account", again.accessToken());

        System.out.printf("hostile tokens: %d cases tried, %d refused as expected%n", tried, tried - refusedWrongly.size());
        assertEquals(List.of(), refusedWrongly);
    }

    private static io.smallrye.jwt.build.JwtSignatureBuilder claims(Account a, String role, String issuer, Instant exp) {
        return Jwt.issuer(issuer).subject(a.id().toString()).claim("role", role).groups(Set.of(role)).expiresAt(exp).jws()
                .algorithm(SignatureAlgorithm.RS256);
    }

    private static String refresh(String token) {
        return Api.JSON.createObjectNode().put("refreshToken", token).toString();
    }

    private void expect401(Api api, String name, String token) throws Exception {
        expect401At(api, name, "/api/me", token);
    }

    private void expect401At(Api api, String name, String path, String token) throws Exception {
        HttpResponse<String> r = api.send("GET", path, token, null);
        expect401Response(name, r);
        if (r.body().contains(token)) {
            refusedWrongly.add(name + ": the token is echoed back");
        }
    }

    private void expect401Response(String name, HttpResponse<String> r) {
        tried++;
        String type = r.headers().firstValue("Content-Type").orElse("");
        String body = r.body();
        if (r.statusCode() != 401 || !type.startsWith("application/problem+json")) {
            refusedWrongly.add(name + ": " + r.statusCode() + " " + type + " " + body);
        } else if (body.contains("Exception") || body.contains("\tat ") || body.contains("jose4j")
                || body.contains("smallrye") || body.contains("password_hash")) {
            refusedWrongly.add(name + ": leaks " + body);
        }
    }

    private static PrivateKey realKey() throws Exception {
        String pem = Files.readString(Path.of(AccountsTestProfile.KEY_DIR, "access-token-private.pem"));
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
