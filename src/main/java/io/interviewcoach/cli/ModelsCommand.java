package io.interviewcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import io.interviewcoach.console.ByteSizes;
import io.interviewcoach.console.Progress;
import io.interviewcoach.models.DownloadSettings;
import io.interviewcoach.models.MirrorInstaller;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelDownloader;
import io.interviewcoach.models.ModelInstallException;
import io.interviewcoach.models.ModelSpec;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.console.ProgressBar;
import io.interviewcoach.models.PullResult;
import io.interviewcoach.models.UnknownModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coach models list|pull}: what models there are, which are installed, and fetching them. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the models the analyzers use and fetch them into the models folder.")
public class ModelsCommand implements Callable<Integer> {
    private static final String DIR_HELP = "Models folder. Default: the coach.models.dir setting, else "
            + "$XDG_CACHE_HOME/interview-coach/models, else ~/.cache/interview-coach/models (`models list` shows it).";

    private final ModelStoreLocator locator;
    private final DownloadSettings downloadSettings;

    @Spec
    CommandSpec spec;

    /** The models folder from --dir, else the per-user default. */
    public ModelsCommand() {
        this(ModelStoreLocator.defaults(), DownloadSettings.defaults());
    }

    /** {@code locator} carries the configured coach.models.dir; {@code downloadSettings} the sources and timeouts. */
    @jakarta.inject.Inject
    public ModelsCommand(ModelStoreLocator locator, DownloadSettings downloadSettings) {
        this.locator = locator;
        this.downloadSettings = downloadSettings;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Show every model: installed or not, size, version, license, purpose and public source.")
    int list(@Option(names = "--dir", paramLabel = "DIR",
            description = DIR_HELP)
            Path dir) {
        ModelStore store = locator.store(dir);
        PrintWriter out = out();
        out.println("Models folder: " + store.dir());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "INSTALLED", "SIZE", "VERSION", "LICENSE", "PURPOSE", "SOURCE"});
        for (ModelSpec m : ModelCatalog.all()) {
            rows.add(new String[] {
                    m.id(),
                    store.isInstalled(m) ? store.pathOf(m).toString() : "no",
                    m.sizeBytes() > 0 ? ByteSizes.format(m.sizeBytes()) : "unknown",
                    m.version(),
                    m.license(),
                    m.purpose(),
                    m.source().describe()});
        }
        printTable(out, rows);
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {
                    "Download models from their public sources (npm registry tarballs, GitHub, alphacephei.com), "
                            + "verify each sha256, and install them into the models folder.",
                    "Without IDs: every model the analysis uses, the 40 MB Vosk speech recognizer included.",
                    "With --mirror DIR: take the files from that local folder (by file name, by sha256, or from the "
                            + "source .tgz/.zip itself) and never touch the network.",
                    "Exit status: 0 all installed, 6 partial (some installed, each one that failed is named in one "
                            + "line), 1 none installed, 2 usage error."})
    int pull(
            @Parameters(paramLabel = "ID", arity = "0..*",
                    description = "Model ids to fetch (see `coach models list`); default: all of them.")
            List<String> ids,
            @Option(names = "--mirror", paramLabel = "DIR",
                    description = "Install from this local folder instead of downloading.") Path mirror,
            @Option(names = "--dir", paramLabel = "DIR",
                    description = DIR_HELP)
            Path dir,
            @Option(names = "--force", description = "Fetch again even if the installed file verifies.") boolean force) {
        List<ModelSpec> wanted;
        try {
            wanted = resolve(ids);
        } catch (UnknownModelException e) {
            err().println(e.getMessage());
            err().flush();
            return ExitCodes.USAGE;
        }
        if (mirror != null && !Files.isDirectory(mirror)) {
            err().println("Mirror folder " + mirror.toAbsolutePath() + " does not exist or is not a folder");
            err().flush();
            return ExitCodes.USAGE;
        }
        ModelStore store = locator.store(dir);
        List<ModelSpec> toFetch = new ArrayList<>();
        List<PullResult> results = new ArrayList<>();
        for (ModelSpec m : wanted) {
            if (!force && store.isVerified(m)) {
                out().println(m.id() + ": already installed, sha256 ok (" + store.pathOf(m) + ")");
                results.add(PullResult.installed(m, store.pathOf(m)));
            } else {
                toFetch.add(m);
            }
        }
        if (!toFetch.isEmpty()) {
            results.addAll(mirror != null ? fromMirror(store, toFetch, mirror) : download(store, toFetch));
        }
        return report(results, toFetch);
    }

    private List<PullResult> download(ModelStore store, List<ModelSpec> specs) {
        Progress bar = new ProgressBar(err(), ProgressBar.stderrLooksInteractive(), ProgressBar.Unit.BYTES);
        return new ModelDownloader(store, downloadSettings, bar).pullAll(specs);
    }

    private static List<PullResult> fromMirror(ModelStore store, List<ModelSpec> specs, Path mirror) {
        MirrorInstaller installer = new MirrorInstaller(store);
        List<PullResult> results = new ArrayList<>();
        for (ModelSpec m : specs) {
            try {
                Optional<Path> installed = installer.install(m, mirror);
                results.add(installed.isPresent() ? PullResult.installed(m, installed.get())
                        : PullResult.failed(m, new ModelInstallException("not in mirror " + mirror.toAbsolutePath()
                                + " (looked for " + MirrorInstaller.lookedFor(m) + ")")));
            } catch (ModelInstallException e) {
                results.add(PullResult.failed(m, e));
            }
        }
        return results;
    }

    private int report(List<PullResult> results, List<ModelSpec> fetched) {
        List<String> failed = new ArrayList<>();
        for (PullResult r : results) {
            if (!fetched.contains(r.spec())) {
                continue;
            }
            if (r.ok()) {
                out().println(r.spec().id() + ": installed, sha256 ok (" + r.installed() + ")");
            } else {
                err().println(r.spec().id() + ": FAILED: " + r.failure().getMessage());
                failed.add(r.spec().id());
            }
        }
        out().flush();
        if (failed.isEmpty()) {
            return ExitCodes.OK;
        }
        boolean partial = failed.size() < results.size();
        err().println(failed.size() + " of " + results.size() + " models failed: " + String.join(", ", failed)
                + (partial ? "; " + (results.size() - failed.size()) + " installed" : ""));
        err().flush();
        return partial ? ExitCodes.PARTIAL : ExitCodes.INTERNAL; // README: 1 = no model could be installed
    }

    private static List<ModelSpec> resolve(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return ModelCatalog.defaultPullSet();
        }
        Set<ModelSpec> specs = new LinkedHashSet<>();
        for (String id : ids) {
            specs.add(ModelCatalog.require(id));
        }
        return List.copyOf(specs);
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                line.append(c == cols - 1 ? r[c] : String.format("%-" + width[c] + "s  ", r[c]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
