package io.interviewcoach.lifecycle;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.interviewcoach.pipeline.StreamRegistry;
import io.quarkus.runtime.Quarkus;
import sun.misc.Signal;

/**
 * Turns SIGINT and SIGTERM into an orderly stop. The JVM's own handling (System.exit from the signal) runs
 * every shutdown hook at once while analysis threads are still inside native models: Quarkus destroys the
 * model beans and ONNX Runtime releases its environment under them, which crashed the JVM. Instead:
 * <ol>
 * <li>the running streams are cancelled (their sources stop, queued windows are skipped);</li>
 * <li>Quarkus is asked to exit with 128 + the signal number (130, 143): a waiting {@code serve} returns at
 * once, a running {@code analyze} returns when its windows in flight are done;</li>
 * <li>Quarkus then stops in order (its ShutdownEvent drains the streams, then models and pools are
 * released) and the JVM exits.</li>
 * </ol>
 * The process halts at once, without freeing any model or running any shutdown hook, on a signal before the application has
 * started (no model is loaded yet, nothing needs closing), on a second signal, and when the orderly stop
 * takes longer than the drain timeout plus {@link #HALT_GRACE}. Handlers are not installed over a signal the
 * parent chose to ignore (a background job keeps ignoring Ctrl+C) nor under {@code -Xrs}.
 */
public final class ProcessSignals {
    static final Duration HALT_GRACE = Duration.ofMillis(500);
    private static final AtomicInteger signalExitCode = new AtomicInteger(-1);
    private static volatile Attachment attached;

    private ProcessSignals() {
    }

    /** Called by the entry point before the application starts. */
    public static void install() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), ProcessSignals::onSignal);
            } catch (IllegalArgumentException e) {
                // -Xrs or a platform without this signal: the JVM's default handling stays
            }
        }
    }

    /** Called once the application has started: from now on a signal stops {@code streams} in order. */
    static void attach(StreamRegistry streams, Duration drainTimeout) {
        attached = new Attachment(streams, drainTimeout.plus(HALT_GRACE));
    }

    private static void onSignal(Signal signal) {
        int exitCode = 128 + signal.getNumber();
        Attachment a = attached;
        if (!signalExitCode.compareAndSet(-1, exitCode) || a == null) {
            Runtime.getRuntime().halt(exitCode);
        }
        a.streams().cancelAll();
        Quarkus.asyncExit(exitCode);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(a.haltAfter().toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(exitCode);
        }, "shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private record Attachment(StreamRegistry streams, Duration haltAfter) {}
}
