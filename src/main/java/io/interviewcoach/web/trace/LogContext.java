package io.interviewcoach.web.trace;

import java.util.function.Consumer;

import org.jboss.logging.MDC;

/**
 * The ids every log line carries in its MDC (the {@code mdc} object of a JSON log line, docs/observability.md): the
 * REST request's ({@link RequestIdRoute}) and the live session's. On a Vert.x context Quarkus keeps the MDC in the
 * context (VertxMDC), elsewhere per thread; either way it is set around the work and removed after it.
 */
public final class LogContext {
    public static final String REQUEST_ID = "requestId";
    public static final String SESSION_ID = "sessionId";

    private LogContext() {
    }

    /**
     * Puts the session id in the MDC until closed; closing puts back what was there before. An id that is not a plain
     * token (a socket's path comes from the client) is left out rather than logged.
     */
    public static Scope session(String sessionId) {
        return RequestIds.valid(sessionId) ? put(SESSION_ID, sessionId) : () -> { };
    }

    /**
     * {@code work} as run for the session, for pool threads: the id is set before and removed after, so nothing of it
     * is left on the thread for the next task.
     */
    public static Runnable inSession(String sessionId, Runnable work) {
        return () -> {
            MDC.put(SESSION_ID, sessionId);
            try {
                work.run();
            } finally {
                MDC.remove(SESSION_ID);
            }
        };
    }

    /** Like {@link #inSession(String, Runnable)}, for a callback that takes a value. */
    public static <T> Consumer<T> inSession(String sessionId, Consumer<T> work) {
        return value -> inSession(sessionId, () -> work.accept(value)).run();
    }

    static Scope put(String key, String value) {
        Object before = MDC.get(key);
        MDC.put(key, value);
        return () -> {
            if (before == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, before);
            }
        };
    }

    /** A try-with-resources scope that throws nothing on close. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
