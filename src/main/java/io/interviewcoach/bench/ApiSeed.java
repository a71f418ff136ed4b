package io.interviewcoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.session.store.OwnerEntity;
import io.interviewcoach.session.store.ReportEntity;
import io.interviewcoach.session.store.ScorePoint;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.session.store.SessionFacts;
import io.interviewcoach.session.store.SessionEntity;
import io.interviewcoach.session.store.FinishedSession;
import io.interviewcoach.web.access.BearerToken;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * The stored reports `bench api` reads: N finished sessions of one owner, written through {@link SessionStore} as the
 * live service writes them (created, owner linked, started, finished with the report, its answers and timeline).
 * <p>
 * The tag is a random secret kept in a file: the owner's token and each session's token are derived from it (HMAC),
 * so a rerun finds the owner, lists its sessions and knows their tokens without any token being stored in clear.
 * Each copy's {@code media.file} names its session, so a read that returns another session's report is caught.
 */
final class ApiSeed {
    static final String FILE_SUFFIX = ".mp4";
    private static final int WRITERS = 8;

    /** A seeded session: its id and the token that reads it. */
    record Target(UUID id, String token) {
    }

    /** @param reused sessions found from an earlier run; {@code created} made by this one */
    record Outcome(List<Target> targets, int reused, int created, double seconds) {
    }

    private final SessionStore store;
    private final byte[] secret;

    private ApiSeed(SessionStore store, byte[] secret) {
        this.store = store;
        this.secret = secret;
    }

    /** The seed tagged by the secret in {@code file}; a new secret (and so a new, empty seed) when none is there. */
    static ApiSeed open(SessionStore store, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".bench-api-seed", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, BearerToken.generate() + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (text.length() < 32) {
            throw new IOException(file + " is not a bench api seed secret (delete it, or pass --fresh)");
        }
        return new ApiSeed(store, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The sessions of this seed already stored, in id order. */
    List<Target> existing() {
        OwnerEntity owner = await(() -> store.ownerByTokenHash(BearerToken.hash(token("owner"))));
        if (owner == null) {
            return List.of();
        }
        List<ScorePoint> points = await(() -> store.scores(owner.id));
        return points.stream().map(ScorePoint::sessionId).sorted().map(id -> new Target(id, token(id.toString()))).toList();
    }

    /** Deletes every session of this seed (their reports, answers and timelines go with them). */
    int deleteAll() {
        List<Target> all = existing();
        all.forEach(t -> await(() -> store.delete(t.id())));
        return all.size();
    }

    /**
     * At least {@code n} stored sessions with {@code report}: those already there (the first n of them) plus new
     * ones; {@code report} is only asked for when sessions must be made.
     */
    Outcome ensure(int n, Supplier<JsonNode> report) {
        long start = System.nanoTime();
        List<Target> targets = new ArrayList<>(existing());
        int reused = Math.min(n, targets.size());
        if (targets.size() >= n) {
            return new Outcome(List.copyOf(targets.subList(0, n)), reused, 0, 0);
        }
        JsonNode original = report.get();
        String ownerHash = BearerToken.hash(token("owner"));
        OwnerEntity found = await(() -> store.ownerByTokenHash(ownerHash));
        UUID ownerId = found != null ? found.id : await(() -> store.createOwner(ownerHash)).id;
        int missing = n - targets.size();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Target>> made = new ArrayList<>();
            for (int i = 0; i < missing; i++) {
                made.add(writers.submit(() -> write(ownerId, original)));
            }
            for (Future<Target> f : made) {
                targets.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        } finally {
            writers.shutdownNow();
        }
        return new Outcome(List.copyOf(targets), reused, missing, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Why a report body the client received is not the whole stored report of the session it asked for, or null when
     * it is (the client itself only checks that each body names its session).
     */
    String mismatch(String sessionId, String body) {
        try {
            UUID id = UUID.fromString(sessionId);
            ReportEntity stored = await(() -> store.report(id));
            if (stored == null) {
                return "session " + id + " has no stored report";
            }
            JsonNode received = ProtocolJson.mapper().readTree(body);
            if (!ProtocolJson.mapper().readTree(stored.report).equals(received)) {
                return "GET /api/sessions/" + id + "/report did not return the stored report";
            }
            if (!(id + FILE_SUFFIX).equals(received.path("media").path("file").asText())) {
                return "GET /api/sessions/" + id + "/report returned another session's report";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "the report read could not be checked: " + e.getMessage();
        }
    }

    /** One finished session, written in the order the live journal writes it. */
    private Target write(UUID ownerId, JsonNode original) {
        UUID id = UUID.randomUUID();
        String token = token(id.toString());
        JsonNode report = copyFor(original, id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SessionFacts created = SessionFacts.created(id, BearerToken.hash(token),
                report.path("analysis").path("fps").asInt(10), "lite", now);
        await(() -> store.upsert(created, SessionEntity.CREATED));
        SessionFacts started = created.owner(ownerId, null).started(now, null);
        await(() -> store.upsert(started, SessionEntity.RUNNING));
        await(() -> store.persistFinished(new FinishedSession(id, started, (ObjectNode) report, now)));
        return new Target(id, token);
    }

    /** The report as session {@code id} stores it: its media file named after the session. */
    static JsonNode copyFor(JsonNode report, UUID id) {
        ObjectNode copy = report.deepCopy();
        if (copy.path("media").isObject()) {
            ((ObjectNode) copy.get("media")).put("file", id + FILE_SUFFIX);
        } else {
            copy.putObject("media").put("file", id + FILE_SUFFIX);
        }
        return copy;
    }

    /** A token derived from the secret: URL-safe base64 of HMAC-SHA256(secret, label), like a generated one. */
    private String token(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the session store failed: " + e, e);
        }
    }
}
