package io.interviewcoach.account.token;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.interviewcoach.account.AuthConfig;
import io.interviewcoach.account.Role;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

/**
 * Short-lived access tokens: RS256 JWTs (smallrye-jwt) naming the user ({@code sub}) and their role. Only RS256 with
 * this server's key, this issuer, an unexpired {@code exp} and a known role pass {@link #verify}.
 */
@ApplicationScoped
public class AccessTokens {
    static final String ROLE_CLAIM = "role";

    @Inject
    AuthConfig config;

    @Inject
    TokenKeys keys;

    private volatile DefaultJWTParser parser;

    /** Who a verified access token speaks for. */
    public record Subject(UUID userId, Role role) {
    }

    /** A signed access token for the user, valid for coach.auth.access-token-ttl: its id and role, no personal data. */
    public String issue(UUID userId, Role role) {
        TokenKeys.Pair pair = keys.pair();
        return Jwt.issuer(config.issuer()).subject(userId.toString())
                .claim(ROLE_CLAIM, role.wire()).expiresIn(config.accessTokenTtl())
                .jws().keyId(pair.keyId()).algorithm(SignatureAlgorithm.RS256).sign(pair.privateKey());
    }

    /** The subject of a valid token; null for anything else (bad signature or algorithm, expired, tampered, garbage). */
    public Subject verify(String token) {
        try {
            JsonWebToken jwt = parser().parse(token);
            Object role = jwt.getClaim(ROLE_CLAIM);
            String wire = role instanceof jakarta.json.JsonString text ? text.getString() : (String) role;
            return new Subject(UUID.fromString(jwt.getSubject()), Role.of(wire));
        } catch (ParseException | IllegalArgumentException | NullPointerException | ClassCastException e) {
            return null;
        }
    }

    private DefaultJWTParser parser() {
        DefaultJWTParser p = parser;
        if (p == null) {
            JWTAuthContextInfo info = new JWTAuthContextInfo(keys.pair().publicKey(), config.issuer());
            info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
            info.setExpGracePeriodSecs(0);
            info.setRequiredClaims(Set.of("sub", "exp", "iat", ROLE_CLAIM));
            p = new DefaultJWTParser(info);
            parser = p;
        }
        return p;
    }
}
