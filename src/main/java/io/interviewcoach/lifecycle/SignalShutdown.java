package io.interviewcoach.lifecycle;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.pipeline.StreamRegistry;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import sun.misc.Signal;

/**
 * Turns SIGINT and SIGTERM into an orderly stop. The JVM's own handling (System.exit from the signal) would
 * run every shutdown hook at once while analysis threads are still inside native models: Quarkus destroys
 * the model beans and ONNX Runtime releases its environment under them, which crashes the JVM. Instead:
 * <ol>
 * <li>the running streams are cancelled (their sources stop, queued windows are skipped);</li>
 * <li>Quarkus is asked to exit with 128 + the signal number (130, 143): a waiting {@code serve} returns
 * at once, a running {@code analyze} returns when its windows in flight are done;</li>
 * <li>Quarkus then stops in order (ShutdownEvent drains the streams within
 * {@code coach.shutdown.drain-timeout}, then models and pools are released) and the JVM exits.</li>
 * </ol>
 * Should that take longer than the drain timeout plus 0.8 s, or on a second signal, the process halts
 * without freeing anything, which never crashes. Installed only when the binary runs (not in tests), and
 * not over a signal the parent process chose to ignore (a background job keeps ignoring Ctrl+C).
 */
@ApplicationScoped
public class SignalShutdown {
    private static final Logger LOG = Logger.getLogger(SignalShutdown.class);
    private static final Duration HALT_GRACE = Duration.ofMillis(800);

    private final AtomicBoolean signalled = new AtomicBoolean();

    void install(@Observes StartupEvent event, StreamRegistry streams, CoachConfig config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Duration haltAfter = config.shutdown().drainTimeout().plus(HALT_GRACE);
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> onSignal(s, streams, haltAfter));
            } catch (IllegalArgumentException e) {
                LOG.debugf("SIG%s stays with the JVM: %s", name, e.getMessage());
            }
        }
    }

    private void onSignal(Signal signal, StreamRegistry streams, Duration haltAfter) {
        int exitCode = 128 + signal.getNumber();
        if (!signalled.compareAndSet(false, true)) {
            Runtime.getRuntime().halt(exitCode); // asked twice: stop now
        }
        streams.cancelAll();
        Quarkus.asyncExit(exitCode);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(haltAfter.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(exitCode);
        }, "shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
