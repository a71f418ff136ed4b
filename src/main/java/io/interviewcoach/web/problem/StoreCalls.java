package io.interviewcoach.web.problem;

import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.interviewcoach.storage.StorageFaults;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** A store call awaited from a REST worker thread: a store that fails answers 503, never a stack trace. */
public final class StoreCalls {
    private static final Logger LOG = Logger.getLogger(StoreCalls.class);

    private StoreCalls() {
    }

    /**
     * @param store for the log and the answer, e.g. "session store"
     */
    public static <T> T await(String store, Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (ProblemException e) {
            throw e;
        } catch (Throwable e) {
            if (StorageFaults.unavailable(e)) {
                throw ProblemException.storageUnavailable();
            }
            LOG.error("the " + store + " failed", e);
            throw new ProblemException(ProblemType.UNAVAILABLE, "The " + store + " is unavailable; try again shortly");
        }
    }
}
