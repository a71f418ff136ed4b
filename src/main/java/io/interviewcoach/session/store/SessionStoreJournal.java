package io.interviewcoach.session.store;

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
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Writes what a live session does to PostgreSQL: its row at creation, running at start, and at the end the report,
 * answers and timeline in one transaction ({@link #persistFinished}). The writes of one session run one after the
 * other in the order the session made them, each on a fresh Vert.x context (the session calls from its own threads);
 * the caller never waits and a failed write is logged, never thrown.
 */
@ApplicationScoped
public class SessionStoreJournal implements SessionJournal {
    private static final Logger LOG = Logger.getLogger(SessionStoreJournal.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final int REMEMBERED_DELETIONS = 10_000;

    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
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
    Vertx vertx;

    @Override
    public void created(String sessionId, String tokenHash, LiveSettings settings) {
        UUID id = UUID.fromString(sessionId);
        Integer fps = settings.limits().fps();
        String pose = settings.poseModel().name().toLowerCase(java.util.Locale.ROOT);
        enqueue(sessionId, "created", () -> store.insertCreated(id, tokenHash, fps, pose));
    }

    @Override
    public void started(String sessionId, List<String> focus) {
        String focusJson = focus == null ? null : ProtocolJson.mapper().valueToTree(focus).toString();
        enqueue(sessionId, "started", () -> store.markStarted(UUID.fromString(sessionId), focusJson));
    }

    @Override
    public void finished(String sessionId, ObjectNode report) {
        // The report object is complete when the session hands it over and is not changed afterwards.
        enqueue(sessionId, "finished", () -> persistFinished(sessionId, report));
        forgetWhenSettled(sessionId);
    }

    @Override
    public void deleted(String sessionId) {
        deleted.add(sessionId);
        UUID id = parse(sessionId);
        if (id != null) {
            enqueue(sessionId, "deleted", () -> store.delete(id));
            forgetWhenSettled(sessionId);
        }
    }

    /**
     * The end of a session in one transaction (report, answers, timeline rows, final status; failed when
     * {@code report} is null). Idempotent, so a spool may retry it; nothing is written for a deleted session.
     */
    public Uni<Void> persistFinished(String sessionId, ObjectNode report) {
        if (deleted.contains(sessionId)) {
            return Uni.createFrom().voidItem();
        }
        return store.persistFinished(UUID.fromString(sessionId), report);
    }

    /**
     * Links a just-created session to its owner (and the questions it means to ask), after the session's own row is
     * written; fails when the write does.
     */
    public CompletableFuture<Void> linkOwner(String sessionId, UUID ownerId, String questionIdsJson) {
        return enqueue(sessionId, "owner link", () -> store.linkOwner(UUID.fromString(sessionId), ownerId, questionIdsJson));
    }

    /**
     * At shutdown, after the running streams have been stopped (their sessions then finish and hand over their
     * reports), the writes in flight get the drain timeout to reach the database before the pool closes.
     */
    void drainOnShutdown(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ShutdownEvent event,
            CoachConfig config) {
        List<CompletableFuture<Void>> pending = List.copyOf(tails.values());
        if (pending.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(config.shutdown().drainTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("%d session(s) still writing to the database at shutdown after %s; their last changes may be lost",
                    tails.size(), config.shutdown().drainTimeout());
        } catch (ExecutionException e) {
            // each failed write was logged where it failed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Completes when every write asked for this session so far has been tried. */
    public CompletableFuture<Void> settled(String sessionId) {
        return tails.getOrDefault(sessionId, DONE);
    }

    /** The write's own result; the session's chain goes on after it whatever happens. */
    private CompletableFuture<Void> enqueue(String sessionId, String what, Supplier<Uni<Void>> write) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        tails.compute(sessionId, (k, previous) -> (previous == null ? DONE : previous)
                .thenCompose(v -> onFreshContext(write))
                .handle((v, e) -> {
                    if (e != null) {
                        LOG.errorf(e, "session %s: could not store '%s'", sessionId, what);
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

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
