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
 * takes longer than the drain timeout plus {@link #HALT_GRACE}. In {@code serve}, a {@link Drainer} runs first (readiness
 * DOWN, new sessions refused, running sessions given {@code coach.shutdown.session-drain-timeout}, then handed off), and
 * the halt comes that much later. Handlers are not installed over a signal the
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

    /** What {@code serve} does between the signal and the stop: blocks at most the budget it was attached with. */
    @FunctionalInterface
    interface Drainer {
        void drain();
    }

    /** Called once the application has started: from now on a signal stops {@code streams} in order. */
    static void attach(StreamRegistry streams, Duration drainTimeout) {
        attached = new Attachment(streams, null, drainTimeout.plus(HALT_GRACE), null);
    }

    /** As {@link #attach(StreamRegistry, Duration)}, with {@code drainer} run first, for at most {@code drainBudget}. */
    static void attach(StreamRegistry streams, Duration drainTimeout, Drainer drainer, Duration drainBudget) {
        // the drain may create beans: it needs the application's class loader, which the signal thread lacks
        attached = new Attachment(streams, drainer, drainBudget.plus(drainTimeout).plus(HALT_GRACE),
                Thread.currentThread().getContextClassLoader());
    }

    private static void onSignal(Signal signal) {
        int exitCode = 128 + signal.getNumber();
        Attachment a = attached;
        if (!signalExitCode.compareAndSet(-1, exitCode) || a == null) {
            Runtime.getRuntime().halt(exitCode);
        }
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
        if (a.drainer() == null) {
            stop(a, exitCode);
            return;
        }
        // the signal thread returns at once; a second signal still halts
        Thread drain = new Thread(() -> {
            try {
                a.drainer().drain();
            } finally {
                stop(a, exitCode);
            }
        }, "shutdown-drain");
        drain.setContextClassLoader(a.classLoader());
        drain.setDaemon(true);
        drain.start();
    }

    private static void stop(Attachment a, int exitCode) {
        a.streams().cancelAll();
        Quarkus.asyncExit(exitCode);
    }

    private record Attachment(StreamRegistry streams, Drainer drainer, Duration haltAfter, ClassLoader classLoader) {}
}
