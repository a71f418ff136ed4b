package io.interviewcoach.live.service;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.live.metrics.LiveMetrics;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.trace.LogContext;

/**
 * The live sessions of this process (in memory for now): creation with admission control, lookup by id and token,
 * the grace period after a disconnect, and the reports of finished sessions.
 */
public final class LiveSessions {
    private static final Logger LOG = Logger.getLogger(LiveSessions.class);

    private final LiveSettings settings;
    private final LiveContext context;
    private final ScheduledExecutorService timers;
    private final Map<String, LiveSession> active = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> graceTimers = new ConcurrentHashMap<>();
    private final Map<String, LiveSession> finished;
    private final Map<String, String> tokenHashes = new ConcurrentHashMap<>();
    /** Deleted while their analysis was still finishing: never again found, never kept as finished. */
    private final java.util.Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final SessionOwnership ownership;

    public LiveSessions(LiveSettings settings, AnalysisSessionFactory factory, StreamRegistry streams,
            Executor decodePool, ScheduledExecutorService timers, LiveMetrics metrics, LiveCues.Factory cues,
            CostEstimate cost, SessionJournal journal, SessionOwnership ownership) {
        this.settings = settings;
        this.ownership = ownership;
        this.timers = timers;
        this.context = new LiveContext(factory, streams, decodePool, metrics, cues, cost, journal, this::onFinished);
        int kept = settings.keptReports();
        this.finished = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LiveSession> eldest) {
                if (size() > kept) {
                    tokenHashes.remove(eldest.getKey());
                    return true;
                }
                return false;
            }
        });
        metrics.sessions(active::size, this::capacity);
    }

    public LiveSettings settings() {
        return settings;
    }

    /** A new session with the server's settings. */
    public Created create() {
        return create(settings);
    }

    /**
     * A new session and its secret token; refused with {@link AtCapacityException} when the machine is full.
     *
     * @param sessionSettings from {@link LiveSettings#forSession}
     */
    public synchronized Created create(LiveSettings sessionSettings) {
        String token = BearerToken.generate();
        LiveSession session = admit(UUID.randomUUID().toString(), BearerToken.hash(token), sessionSettings, "created");
        return new Created(session, token);
    }

    /**
     * A session another server created and no client has started yet, taken over here because its socket came here
     * (docs/live-state.md, "Several replicas"); refused with {@link AtCapacityException} when the machine is full.
     */
    public synchronized LiveSession adopt(String id, String tokenHash, LiveSettings sessionSettings) {
        LiveSession running = active.get(id);
        return running != null ? running : admit(id, tokenHash, sessionSettings, "taken over from another server");
    }

    private LiveSession admit(String id, String tokenHash, LiveSettings sessionSettings, String how) {
        int capacity = capacity();
        if (active.size() >= capacity) {
            context.metrics().rejected();
            throw new AtCapacityException("The live service is at capacity (" + active.size() + " of " + capacity
                    + " sessions); try again shortly", retryAfter());
        }
        warmModels(sessionSettings.poseModel());
        LiveSession session = new LiveSession(id, tokenHash, sessionSettings, context);
        active.put(id, session);
        tokenHashes.put(id, tokenHash);
        context.journal().created(id, tokenHash, sessionSettings);
        startGrace(session, "never connected");
        try (var log = LogContext.session(id)) {
            LOG.infof("session %s: %s (%d active of %d)", id, how, active.size(), capacity);
        }
        return session;
    }

    /**
     * Forgets a session that has not started without ending it: another server takes it (or took it) over. Nothing is
     * written; its socket, if one is attached, is closed with {@code close}.
     */
    public void release(String id, LiveSession.CloseReason close) {
        LiveSession s = active.get(id);
        if (s == null || !s.notStarted()) {
            return;
        }
        ScheduledFuture<?> timer = graceTimers.remove(id);
        if (timer != null) {
            timer.cancel(false);
        }
        active.remove(id, s);
        tokenHashes.remove(id);
        context.journal().released(id);
        s.closeSocket(close);
        LOG.infof("session %s: left to another server (not started here)", id);
    }

    /** Sessions whose client has started them and whose report is not made yet. */
    public int startedCount() {
        return (int) active.values().stream().filter(LiveSession::running).count();
    }

    /** Models load once for the process; loading them here keeps the first session's first windows on time. */
    private void warmModels(io.interviewcoach.pose.PoseModels.Variant pose) {
        var models = context.factory().models();
        models.face();
        models.pose(pose);
        models.vad();
    }

    /** Sessions the hard cap and the measured cost allow at once. */
    public int capacity() {
        return Math.min(settings.maxSessions(), context.cost().sessions(settings.capacityShare(), settings.maxSessions()));
    }

    public int activeCount() {
        return active.size();
    }

    public CostEstimate cost() {
        return context.cost();
    }

    private Duration retryAfter() {
        return Duration.ofSeconds(Math.max(5, Math.min(60, settings.grace().toSeconds())));
    }

    /**
     * The stored token hash of a session this process holds (running or among the kept finished ones), for
     * web.access.ResourceAccess; empty when this process does not know the id.
     */
    public Optional<String> tokenHash(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(tokenHashes.get(id));
    }

    /** The running session with this id whose token matches; empty otherwise (which of the two is not said). */
    public Optional<LiveSession> find(String id, String token) {
        LiveSession s = id == null || deleted.contains(id) ? null : active.get(id);
        return s != null && s.tokenMatches(token) ? Optional.of(s) : Optional.empty();
    }

    /** The running session with this id, for a caller web.access.ResourceAccess let in already; empty otherwise. */
    public Optional<LiveSession> active(String id) {
        LiveSession s = id == null || deleted.contains(id) ? null : active.get(id);
        return Optional.ofNullable(s);
    }

    /** The kept report of a finished session, for a caller web.access.ResourceAccess let in already. */
    public Optional<ObjectNode> finishedReport(String id) {
        LiveSession s = id == null ? null : finished.get(id);
        return s == null ? Optional.empty() : Optional.ofNullable(s.report());
    }

    /** The report of a finished session whose token matches; empty when unknown, running, or the token is wrong. */
    public Optional<ObjectNode> report(String id, String token) {
        LiveSession s = id == null ? null : finished.get(id);
        return s != null && s.tokenMatches(token) ? Optional.ofNullable(s.report()) : Optional.empty();
    }

    public void connected(LiveSession session, Outbound socket) {
        ScheduledFuture<?> timer = graceTimers.remove(session.id());
        if (timer != null) {
            timer.cancel(false);
        }
        session.attach(socket);
    }

    /** The socket closed: the session waits {@code grace} for a reconnection, then is finalized with what it has. */
    public void disconnected(LiveSession session, Outbound socket) {
        if (!session.detach(socket) || session.finished()) {
            return;
        }
        LOG.infof("session %s: disconnected; finalized in %d s unless the client reconnects", session.id(),
                settings.grace().toSeconds());
        startGrace(session, "no reconnection within " + settings.grace().toSeconds() + " s");
    }

    private void startGrace(LiveSession session, String why) {
        graceTimers.put(session.id(), timers.schedule(LogContext.inSession(session.id(), () -> {
            graceTimers.remove(session.id());
            if (session.attached()) {
                return;
            }
            if (session.notStarted() && ownership.takenElsewhere(session.id())) {
                release(session.id(), null);
            } else {
                session.end(why);
            }
        }), settings.grace().toMillis(), TimeUnit.MILLISECONDS));
    }

    private void onFinished(LiveSession session) {
        if (!deleted.remove(session.id())) {
            finished.put(session.id(), session);
        }
        active.remove(session.id());
    }

    /**
     * DELETE of a session: a running one is ended (its analysis finishes, then it is dropped, not kept), a finished
     * one is forgotten, and the journals hear {@code deleted} in every case, also for a session only they know.
     */
    public void delete(String id) {
        try (var log = LogContext.session(id)) {
            deleteSession(id);
        }
    }

    private void deleteSession(String id) {
        LiveSession running = active.get(id);
        if (running != null) {
            deleted.add(id);
            ScheduledFuture<?> timer = graceTimers.remove(id);
            if (timer != null) {
                timer.cancel(false);
            }
            running.end("deleted");
        }
        finished.remove(id);
        tokenHashes.remove(id);
        context.journal().deleted(id);
        LOG.infof("session %s: deleted", id);
    }

    public Collection<LiveSession> running() {
        return List.copyOf(active.values());
    }

    public record Created(LiveSession session, String token) {}

    /** No room for another session now; {@code retryAfter}: when to try again. */
    public static final class AtCapacityException extends RuntimeException {
        private final Duration retryAfter;

        AtCapacityException(String message, Duration retryAfter) {
            super(message, null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
