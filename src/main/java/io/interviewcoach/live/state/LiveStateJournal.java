package io.interviewcoach.live.state;

import static io.interviewcoach.live.state.LiveStateSnapshot.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.TimelineReport;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.SessionJournal;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.report.ReportJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Keeps each live session's state in the {@link LiveStateStore} as it goes: owner, status, settings, the last window
 * and running aggregates in the fields, every window appended in order. A write never blocks the session and never
 * throws into it; while the store is away the journal keeps what it could not write (the current fields and at most
 * {@value #MAX_PENDING} windows per session), retries every {@code retryDelay}, and when the store answers again it
 * rewrites the fields and appends the missed windows in order. State expires {@code coach.live.state-ttl} after the
 * last window while running, {@code coach.live.grace} after the session finished.
 */
@ApplicationScoped
public class LiveStateJournal implements SessionJournal {
    private static final Logger LOG = Logger.getLogger(LiveStateJournal.class);
    static final int MAX_PENDING = 3600;
    static final int MAX_BATCH = 50;

    private final Supplier<LiveStateStore> store;
    private final String node;
    private final Duration stateTtl;
    private final Duration grace;
    private final Duration retryDelay;
    private final Counter failures;
    private final Counter dropped;
    private final Map<String, SessionState> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(WorkerThreads.named("live-state-retry"));
    private final AtomicBoolean outage = new AtomicBoolean();

    @Inject
    public LiveStateJournal(LiveStateStores stores, LiveNode node, CoachConfig config, MeterRegistry registry) {
        this(stores::store, node.id(), config.live().stateTtl(), config.live().grace(), Duration.ofSeconds(1), registry);
    }

    public LiveStateJournal(Supplier<LiveStateStore> store, Duration stateTtl, Duration grace, Duration retryDelay,
            MeterRegistry registry) {
        this(store, null, stateTtl, grace, retryDelay, registry);
    }

    /** @param node this server's {@link LiveNode} id, recorded with each session; null: not recorded */
    public LiveStateJournal(Supplier<LiveStateStore> store, String node, Duration stateTtl, Duration grace,
            Duration retryDelay, MeterRegistry registry) {
        this.store = store;
        this.node = node;
        this.stateTtl = stateTtl;
        this.grace = grace;
        this.retryDelay = retryDelay;
        failures = Counter.builder("coach.live.state.write.failures")
                .description("Writes of live session state the store did not take (they are retried)").register(registry);
        dropped = Counter.builder("coach.live.state.windows.dropped")
                .description("Windows never stored: more were waiting for the store than a session may keep, "
                        + "or the session ended and its grace period passed while the store was away")
                .register(registry);
    }

    @PreDestroy
    void close() {
        retries.shutdownNow();
    }

    @Override
    public void created(String sessionId, String tokenHash, LiveSettings settings) {
        guarded(sessionId, "created", () -> {
            SessionState state = new SessionState(MAX_PENDING);
            state.set(TOKEN_HASH, tokenHash);
            state.set(STATUS, CREATED);
            state.set(CREATED_AT, Instant.now().toString());
            state.set(FPS, String.valueOf(settings.limits().fps()));
            state.set(POSE_MODEL, settings.poseModel().name().toLowerCase(java.util.Locale.ROOT));
            state.set(NODE, node);
            sessions.put(sessionId, state);
            write(sessionId, state);
        });
    }

    @Override
    public void started(String sessionId, List<String> focus) {
        withState(sessionId, "started", state -> {
            state.set(STATUS, RUNNING);
            state.set(STARTED_AT, Instant.now().toString());
            state.set(FOCUS, focus == null ? null : String.join(",", focus));
        });
    }

    @Override
    public void window(String sessionId, ServerMessage.Window window) {
        window(sessionId, window, null);
    }

    @Override
    public void window(String sessionId, ServerMessage.Window window, TimelineReport.Window detail) {
        withState(sessionId, "window", state -> dropped.increment(state.window(window, ProtocolJson.write(window),
                detail == null ? null : ReportJson.mapper().valueToTree(detail).toString())));
    }

    @Override
    public void answer(String sessionId, ServerMessage.Answer answer) {
        withState(sessionId, "answer", state -> state.answer(ProtocolJson.write(answer)));
    }

    @Override
    public void finished(String sessionId, ObjectNode report) {
        withState(sessionId, "finished", state -> state.finished(System.nanoTime()));
    }

    /**
     * A session another server ran is being finalized here, that server having died: from now on its state says
     * it finished, and why ({@code reason}); {@code tokenHash} is written too when given (the state was kept in the
     * dead process), else the stored one stays. Its state expires after the grace period.
     */
    public void recovered(String sessionId, String tokenHash, String reason) {
        guarded(sessionId, "recovered", () -> {
            SessionState state = new SessionState(MAX_PENDING);
            state.set(TOKEN_HASH, tokenHash);
            state.set(RECOVERED, reason);
            state.finished(System.nanoTime());
            sessions.put(sessionId, state);
            write(sessionId, state);
        });
    }

    @Override
    public void deleted(String sessionId) {
        guarded(sessionId, "deleted", () -> {
            SessionState state = sessions.remove(sessionId);
            if (state == null || state.delete()) {
                deleteKeys(sessionId, 0);
            }
        });
    }

    @Override
    public void released(String sessionId) {
        sessions.remove(sessionId);
    }

    /** Whether every write of every session has reached the store (nothing pending or in flight). */
    public boolean flushed() {
        return sessions.values().stream().allMatch(SessionState::idle);
    }

    /** The stored state of a session; empty when there is none (unknown, expired, or the store cannot be read). */
    public Uni<Optional<LiveStateSnapshot>> find(String sessionId) {
        return store.get().fields(sessionId).map(f -> Optional.ofNullable(LiveStateSnapshot.of(sessionId, f)));
    }

    /** The stored window messages of a session, in order. */
    public Uni<List<String>> windows(String sessionId) {
        return store.get().windows(sessionId);
    }

    /** The stored windows of a session with their details (see {@link LiveStateStore.StoredWindow}), in order. */
    public Uni<List<LiveStateStore.StoredWindow>> entries(String sessionId) {
        return store.get().entries(sessionId);
    }

    /** Windows of the session waiting for the store (0 when all are stored or the session is unknown). */
    public int pendingWindows(String sessionId) {
        SessionState state = sessions.get(sessionId);
        return state == null ? 0 : state.pendingWindows();
    }

    private void withState(String sessionId, String event, java.util.function.Consumer<SessionState> change) {
        guarded(sessionId, event, () -> {
            SessionState state = sessions.get(sessionId);
            if (state == null) {
                return;
            }
            change.accept(state);
            if (!state.failing()) { // while failing, the retry timer alone writes
                write(sessionId, state);
            }
        });
    }

    private void write(String sessionId, SessionState state) {
        SessionState.Batch batch = state.begin(MAX_BATCH);
        if (batch == null) {
            return;
        }
        Uni<Void> save;
        try {
            save = store.get().save(sessionId, batch.version(), batch.fields(), batch.windows(),
                    batch.finished() ? grace : stateTtl);
        } catch (RuntimeException e) {
            save = Uni.createFrom().failure(e);
        }
        save.subscribe().with(ok -> ended(sessionId, state, batch, null), e -> ended(sessionId, state, batch, e));
    }

    private void ended(String sessionId, SessionState state, SessionState.Batch batch, Throwable error) {
        boolean more = state.end(batch, error == null);
        if (state.deleted()) {
            deleteKeys(sessionId, 0);
        } else if (error != null) {
            failures.increment();
            if (outage.compareAndSet(false, true)) {
                LOG.warnf("Live session state cannot be written (%s); sessions go on, their state is kept here and "
                        + "written when the store answers again", message(error));
            }
            retries.schedule(() -> retry(sessionId, state), retryDelay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            if (outage.compareAndSet(true, false)) {
                LOG.info("Live session state is being written again; missed windows are appended in order");
            }
            if (more) {
                write(sessionId, state);
            } else if (state.isFinished() && state.idle()) {
                sessions.remove(sessionId, state);
            }
        }
    }

    private void retry(String sessionId, SessionState state) {
        if (state.deleted()) {
            return;
        }
        if (state.expired(System.nanoTime(), grace)) {
            sessions.remove(sessionId, state);
            dropped.increment(state.pendingWindows());
            LOG.warnf("session %s: its grace period passed before its live state could be written; %d windows lost",
                    sessionId, state.pendingWindows());
            return;
        }
        write(sessionId, state);
    }

    private void deleteKeys(String sessionId, int attempt) {
        Uni<Void> delete;
        try {
            delete = store.get().delete(sessionId);
        } catch (RuntimeException e) {
            delete = Uni.createFrom().failure(e);
        }
        delete.subscribe().with(ok -> {
        }, e -> {
            failures.increment();
            if (attempt < 5) {
                retries.schedule(() -> deleteKeys(sessionId, attempt + 1), retryDelay.toMillis() << attempt,
                        TimeUnit.MILLISECONDS);
            } else {
                LOG.warnf("session %s: its live state could not be deleted (%s); it expires on its own", sessionId,
                        message(e));
            }
        });
    }

    private static String message(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void guarded(String sessionId, String event, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "session %s: live state could not record '%s'", sessionId, event);
        }
    }
}
