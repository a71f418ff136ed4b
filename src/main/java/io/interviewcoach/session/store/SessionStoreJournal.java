package io.interviewcoach.session.store;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.SessionJournal;
import io.interviewcoach.storage.StorageFaults;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Writes what a live session does to PostgreSQL: its row at creation, running at start, and at the end the report,
 * answers and timeline in one transaction. Every write before the end writes the whole row as far as it is known
 * ({@link SessionFacts}), so one that never landed is made good by the next, and the end writes it too. The writes of
 * one session run one after the other in the order the session made them, each on a fresh Vert.x context (the session
 * calls from its own threads); the caller never waits and a failed write is logged, never thrown. An end or a deletion
 * that PostgreSQL does not take is spooled ({@link SessionSpool}) and written by {@link SpoolReplay} when it answers.
 */
@ApplicationScoped
public class SessionStoreJournal implements SessionJournal {
    private static final Logger LOG = Logger.getLogger(SessionStoreJournal.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final int REMEMBERED_DELETIONS = 10_000;

    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    /** The row of each session this process created, as far as it is known, until the session's end. */
    private final Map<String, SessionFacts> facts = new ConcurrentHashMap<>();
    /** Ends handed over and neither written nor spooled yet: spooled at shutdown if they are still waiting. */
    private final Map<String, FinishedSession> unsettled = new ConcurrentHashMap<>();
    /** Sessions deleted in this process: a report that arrives after the deletion is not written. */
    private final Set<String> deleted = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_DELETIONS;
                }
            }));

    @Inject
    SessionStore store;

    @Inject
    SessionSpool spool;

    @Inject
    SpoolReplay replay;

    @Inject
    Vertx vertx;

    @Override
    public void created(String sessionId, String tokenHash, LiveSettings settings) {
        String pose = settings.poseModel().name().toLowerCase(java.util.Locale.ROOT);
        SessionFacts f = SessionFacts.created(UUID.fromString(sessionId), tokenHash, settings.limits().fps(), pose,
                SessionStore.now());
        facts.put(sessionId, f);
        enqueue(sessionId, "created", () -> store.upsert(f, SessionEntity.CREATED));
    }

    @Override
    public void started(String sessionId, List<String> focus) {
        String focusJson = focus == null ? null : ProtocolJson.mapper().valueToTree(focus).toString();
        OffsetDateTime at = SessionStore.now();
        SessionFacts f = update(sessionId, s -> s.started(at, focusJson));
        if (f != null) {
            enqueue(sessionId, "started", () -> store.upsert(f, SessionEntity.RUNNING));
        }
    }

    @Override
    public void finished(String sessionId, ObjectNode report) {
        // The report object is complete when the session hands it over and is not changed afterwards.
        FinishedSession end = new FinishedSession(UUID.fromString(sessionId), facts.remove(sessionId), report,
                SessionStore.now());
        unsettled.put(sessionId, end);
        enqueue(sessionId, "finished", () -> persistFinished(end)
                .onFailure().recoverWithUni(e -> spooled(new SessionSpool.Entry(end.id(), end), e))
                .eventually(() -> unsettled.remove(sessionId, end)));
        forgetWhenSettled(sessionId);
    }

    @Override
    public void released(String sessionId) {
        facts.remove(sessionId);
    }

    @Override
    public void deleted(String sessionId) {
        deleted.add(sessionId);
        facts.remove(sessionId);
        UUID id = parse(sessionId);
        if (id != null) {
            // a waiting end is not wanted any more (the file is removed off the event loop)
            enqueue(sessionId, "spooled end removal", () -> Uni.createFrom().item(() -> {
                spool.remove(id);
                return (Void) null;
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
            enqueue(sessionId, "deleted", () -> store.delete(id)
                    .onFailure().recoverWithUni(e -> spooled(new SessionSpool.Entry(id, null), e)));
            forgetWhenSettled(sessionId);
        }
    }

    /** The end of a session: nothing is written for a session deleted in this process. Idempotent. */
    public Uni<Void> persistFinished(FinishedSession end) {
        if (deleted.contains(end.id().toString())) {
            return Uni.createFrom().voidItem();
        }
        return store.persistFinished(end);
    }

    /** Compatibility seam for callers holding only the report: the row is then only updated. */
    public Uni<Void> persistFinished(String sessionId, ObjectNode report) {
        return persistFinished(new FinishedSession(UUID.fromString(sessionId), null, report, SessionStore.now()));
    }

    /** Writes a spooled entry in the session's order; fails when PostgreSQL does not take it (nothing spooled again). */
    CompletableFuture<Void> replay(SessionSpool.Entry entry) {
        String id = entry.id().toString();
        // not logged here: SpoolReplay says in one line how the spool is doing
        CompletableFuture<Void> written = entry.deletion()
                ? enqueue(id, null, () -> store.delete(entry.id()))
                : enqueue(id, null, () -> persistFinished(entry.finished()));
        forgetWhenSettled(id);
        return written;
    }

    /**
     * Links a just-created session to its owner (and the questions it means to ask); fails when the write does.
     */
    public CompletableFuture<Void> linkOwner(String sessionId, UUID ownerId, String questionIdsJson) {
        SessionFacts f = update(sessionId, s -> s.owner(ownerId, questionIdsJson));
        if (f == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("session " + sessionId + " is not known here"));
        }
        return enqueue(sessionId, "owner link", () -> store.upsert(f, SessionEntity.CREATED));
    }

    /**
     * At shutdown, after the running streams have been stopped (their sessions then finish and hand over their
     * reports), the writes in flight get the drain timeout to reach the database before the pool closes; the ends
     * still waiting after it are spooled, to be written by the next start.
     */
    void drainOnShutdown(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ShutdownEvent event,
            CoachConfig config) {
        List<CompletableFuture<Void>> pending = List.copyOf(tails.values());
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(config.shutdown().drainTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("%d session(s) still writing to the database at shutdown after %s; their ends are spooled",
                    tails.size(), config.shutdown().drainTimeout());
        } catch (ExecutionException e) {
            // each failed write was logged where it failed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (FinishedSession end : List.copyOf(unsettled.values())) {
            try {
                spool.write(new SessionSpool.Entry(end.id(), end));
            } catch (IOException e) {
                LOG.errorf(e, "session %s: its end could not be spooled at shutdown; its report is lost", end.id());
            }
        }
    }

    /** The row of a session this process created and that has not ended, as far as it is known. */
    public java.util.Optional<SessionFacts> known(String sessionId) {
        return java.util.Optional.ofNullable(sessionId == null ? null : facts.get(sessionId));
    }

    /** Completes when every write asked for this session so far has been tried. */
    public CompletableFuture<Void> settled(String sessionId) {
        return tails.getOrDefault(sessionId, DONE);
    }

    /** Writes the entry to the spool (on a worker thread) after PostgreSQL refused it; fails when that fails too. */
    private Uni<Void> spooled(SessionSpool.Entry entry, Throwable cause) {
        return Uni.createFrom().item(() -> {
            try {
                spool.write(entry);
            } catch (IOException e) {
                e.addSuppressed(cause);
                throw new java.io.UncheckedIOException("could not be spooled either: " + e.getMessage(), e);
            }
            LOG.warnf("session %s: PostgreSQL did not take its %s (%s); spooled in %s, written when it answers again",
                    entry.id(), entry.deletion() ? "deletion" : "end", message(cause), spool.dir());
            replay.soon();
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private SessionFacts update(String sessionId, UnaryOperator<SessionFacts> change) {
        return facts.computeIfPresent(sessionId, (k, f) -> change.apply(f));
    }

    /**
     * The write's own result; the session's chain goes on after it whatever happens. A failure is logged with
     * {@code what} the write was (null: not logged).
     */
    private CompletableFuture<Void> enqueue(String sessionId, String what, Supplier<Uni<Void>> write) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        tails.compute(sessionId, (k, previous) -> (previous == null ? DONE : previous)
                .thenCompose(v -> onFreshContext(write))
                .handle((v, e) -> {
                    if (e != null) {
                        if (what != null && StorageFaults.unavailable(e)) {
                            LOG.errorf("session %s: could not store '%s': %s", sessionId, what, message(unwrap(e)));
                        } else if (what != null) {
                            LOG.errorf(e, "session %s: could not store '%s'", sessionId, what);
                        }
                        result.completeExceptionally(e);
                    } else {
                        result.complete(null);
                    }
                    return null;
                }));
        return result;
    }

    private CompletableFuture<Void> onFreshContext(Supplier<Uni<Void>> write) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(x -> {
            try {
                write.get().subscribe().with(v -> done.complete(null), done::completeExceptionally);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** The session's last write: its chain is dropped once done, unless something was queued after it. */
    private void forgetWhenSettled(String sessionId) {
        CompletableFuture<Void> tail = tails.get(sessionId);
        if (tail != null) {
            tail.whenComplete((v, e) -> tails.remove(sessionId, tail));
        }
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    static String message(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
