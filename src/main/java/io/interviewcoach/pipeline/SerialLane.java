package io.interviewcoach.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

/**
 * Runs tasks one at a time, in the order they were submitted, on a shared pool: the work of one analyzer of one
 * stream (frames prepared ahead, then its windows) without a thread of its own. Each pool turn runs one task, so the
 * lanes of several streams take turns on the pool's threads.
 */
final class SerialLane implements Executor {
    private static final Logger LOG = Logger.getLogger(SerialLane.class);

    private final Executor pool;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean scheduled;

    SerialLane(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            tasks.add(task);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        pool.execute(this::runNext);
    }

    private void runNext() {
        Runnable task;
        synchronized (this) {
            task = tasks.poll();
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "a task of an analyzer lane failed");
        } finally {
            boolean more;
            synchronized (this) {
                more = !tasks.isEmpty();
                scheduled = more;
            }
            if (more) {
                pool.execute(this::runNext);
            }
        }
    }
}
