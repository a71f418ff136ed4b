package io.interviewcoach.live.state;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.mutiny.Uni;

/** Live state in this process (a single machine without Redis): maps that expire like the Redis keys would. */
public final class InProcessLiveStateStore implements LiveStateStore {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public InProcessLiveStateStore() {
        this(Clock.systemUTC());
    }

    InProcessLiveStateStore(Clock clock) {
        this.clock = clock;
    }

    private static final class Entry {
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<StoredWindow> windows = new ArrayList<>();
        volatile long expiresAtMillis;
        long version;
    }

    @Override
    public Uni<Void> save(String sessionId, long version, Map<String, String> fields, List<StoredWindow> windows,
            Duration ttl) {
        return Uni.createFrom().item(() -> {
            long now = clock.millis();
            entries.values().removeIf(e -> e.expiresAtMillis <= now);
            Entry entry = entries.computeIfAbsent(sessionId, id -> new Entry());
            synchronized (entry) {
                for (StoredWindow w : windows) {
                    if (entry.windows.isEmpty() || entry.windows.get(entry.windows.size() - 1).index() < w.index()) {
                        entry.windows.add(w);
                    }
                }
                if (version > entry.version) {
                    entry.version = version;
                    entry.fields.putAll(fields);
                    entry.expiresAtMillis = now + ttl.toMillis();
                }
            }
            return null;
        });
    }

    @Override
    public Uni<Void> delete(String sessionId) {
        return Uni.createFrom().item(() -> {
            entries.remove(sessionId);
            return null;
        });
    }

    @Override
    public Uni<Map<String, String>> fields(String sessionId) {
        return Uni.createFrom().item(() -> {
            Entry entry = live(sessionId);
            if (entry == null) {
                return Map.of();
            }
            synchronized (entry) {
                return Map.copyOf(entry.fields);
            }
        });
    }

    @Override
    public Uni<List<String>> windows(String sessionId) {
        return Uni.createFrom().item(() -> {
            Entry entry = live(sessionId);
            if (entry == null) {
                return List.of();
            }
            synchronized (entry) {
                return entry.windows.stream().map(StoredWindow::json).toList();
            }
        });
    }

    @Override
    public Uni<List<StoredWindow>> entries(String sessionId) {
        return Uni.createFrom().item(() -> {
            Entry entry = live(sessionId);
            if (entry == null) {
                return List.of();
            }
            synchronized (entry) {
                return List.copyOf(entry.windows);
            }
        });
    }

    @Override
    public Uni<Long> ttlSeconds(String sessionId) {
        return Uni.createFrom().item(() -> {
            Entry entry = live(sessionId);
            return entry == null ? null : Math.max(0, (entry.expiresAtMillis - clock.millis()) / 1000);
        });
    }

    private Entry live(String sessionId) {
        Entry entry = entries.get(sessionId);
        return entry == null || entry.expiresAtMillis <= clock.millis() ? null : entry;
    }

    @Override
    public String describe() {
        return "this process";
    }
}
