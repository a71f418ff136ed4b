package io.interviewcoach.live.state;

import static io.interviewcoach.live.state.LiveStateSnapshot.*;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.state.LiveStateStore.StoredWindow;

/**
 * What the journal knows of one session and has not yet stored: the current fields (rewritten whole on every write,
 * so a store that comes back gets the current state) and the windows not yet appended, at most {@code maxPending}
 * (the oldest give way). One write at a time per session keeps the windows in order. Guarded by its own lock.
 */
final class SessionState {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Deque<StoredWindow> pending = new ArrayDeque<>();
    private final int maxPending;
    private boolean fieldsDirty;
    private boolean writing;
    private boolean failing;
    private boolean deleted;
    private int windows;
    private double eyeContactSum;
    private int eyeContactWindows;
    private double speakingSec;
    private double wpmSum;
    private int wpmWindows;
    private long finishedAtNanos = -1;
    private long version;

    /** What one write carries. */
    record Batch(long version, Map<String, String> fields, List<StoredWindow> windows, boolean finished) {
    }

    SessionState(int maxPending) {
        this.maxPending = maxPending;
    }

    synchronized void set(String field, String value) {
        if (value != null) {
            fields.put(field, value);
            fieldsDirty = true;
        }
    }

    /** Adds a window to the aggregates and the pending list; returns how many old windows had to be dropped (0 or 1). */
    synchronized int window(ServerMessage.Window window, String json) {
        return window(window, json, null);
    }

    /** As {@link #window(ServerMessage.Window, String)}, with the window's detail (see {@link StoredWindow}). */
    synchronized int window(ServerMessage.Window window, String json, String detail) {
        windows++;
        ServerMessage.WindowMetrics m = window.metrics();
        if (m != null) {
            if (m.eyeContact() != null) {
                eyeContactSum += m.eyeContact();
                eyeContactWindows++;
                fields.put(EYE_CONTACT, number(eyeContactSum / eyeContactWindows));
            }
            if (m.speaking() != null) {
                if (m.speaking()) {
                    speakingSec += window.end() - window.t();
                    if (m.wordsPerMinute() != null) {
                        wpmSum += m.wordsPerMinute();
                        wpmWindows++;
                        fields.put(WORDS_PER_MINUTE, number(wpmSum / wpmWindows));
                    }
                }
                fields.put(SPEAKING_SEC, number(speakingSec));
            }
            if (m.fillers() != null) {
                fields.put(FILLERS, String.valueOf(m.fillers()));
            }
        }
        fields.put(WINDOWS, String.valueOf(windows));
        fields.put(LAST_WINDOW, json);
        fieldsDirty = true;
        pending.addLast(new StoredWindow(window.index(), json, detail));
        if (pending.size() > maxPending) {
            pending.removeFirst();
            return 1;
        }
        return 0;
    }

    private static String number(double v) {
        return String.valueOf(Math.round(v * 1e4) / 1e4);
    }

    /** Adds a completed answer's message to the {@code answers} field (a JSON array). */
    synchronized void answer(String json) {
        String list = fields.get(ANSWERS);
        fields.put(ANSWERS, list == null ? "[" + json + "]" : list.substring(0, list.length() - 1) + "," + json + "]");
        fieldsDirty = true;
    }

    synchronized void finished(long nowNanos) {
        finishedAtNanos = nowNanos;
        fields.put(STATUS, FINISHED);
        fieldsDirty = true;
    }

    synchronized boolean isFinished() {
        return finishedAtNanos >= 0;
    }

    /** The finished session's state has outlived {@code grace}: nothing left is worth writing. */
    synchronized boolean expired(long nowNanos, Duration grace) {
        return finishedAtNanos >= 0 && nowNanos - finishedAtNanos > grace.toNanos();
    }

    /** The next write, or null when one is already going or there is nothing to write. */
    synchronized Batch begin(int maxWindows) {
        if (writing || deleted || (!fieldsDirty && pending.isEmpty())) {
            return null;
        }
        writing = true;
        List<StoredWindow> batch = new ArrayList<>(Math.min(maxWindows, pending.size()));
        for (StoredWindow w : pending) {
            if (batch.size() == maxWindows) {
                break;
            }
            batch.add(w);
        }
        fieldsDirty = false;
        // Increasing, and ordered by time across servers: a write held up in the network never undoes a newer one
        version = Math.max(version + 1, System.currentTimeMillis() * 1000);
        return new Batch(version, Map.copyOf(fields), batch, finishedAtNanos >= 0);
    }

    /** The write ended; returns true when there is more to write now. */
    synchronized boolean end(Batch batch, boolean ok) {
        writing = false;
        if (ok) {
            failing = false;
            for (StoredWindow w : batch.windows()) {
                if (!pending.isEmpty() && pending.peekFirst().index() == w.index()) {
                    pending.removeFirst();
                }
            }
        } else {
            failing = true;
            fieldsDirty = true;
        }
        return ok && !deleted && (fieldsDirty || !pending.isEmpty());
    }

    synchronized boolean failing() {
        return failing;
    }

    synchronized boolean idle() {
        return !writing && !fieldsDirty && pending.isEmpty();
    }

    /** Marks the session deleted; returns true when no write is going (the keys can be deleted now). */
    synchronized boolean delete() {
        deleted = true;
        pending.clear();
        return !writing;
    }

    synchronized boolean deleted() {
        return deleted;
    }

    synchronized int pendingWindows() {
        return pending.size();
    }
}
