package io.interviewcoach.models;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the models folder is. A {@code --dir} on the command line wins over the configured
 * {@code coach.models.dir}, which wins over the per-user cache folder
 * ({@code $XDG_CACHE_HOME/interview-coach/models}, else {@code ~/.cache/interview-coach/models}).
 */
public final class ModelStoreLocator {
    public static final String CONFIG_KEY = "coach.models.dir";

    private final Optional<Path> configuredDir;
    private final Path defaultDir;

    public ModelStoreLocator(Optional<Path> configuredDir) {
        this(configuredDir, defaultDir(System.getenv(), System.getProperty("user.home")));
    }

    ModelStoreLocator(Optional<Path> configuredDir, Path defaultDir) {
        this.configuredDir = configuredDir;
        this.defaultDir = defaultDir;
    }

    /** No configured folder: the command line or the per-user default decides. */
    public static ModelStoreLocator defaults() {
        return new ModelStoreLocator(Optional.empty());
    }

    /** The folder to use; {@code commandLineDir} may be null. */
    public Path resolve(Path commandLineDir) {
        if (commandLineDir != null) {
            return commandLineDir.toAbsolutePath();
        }
        return configuredDir.orElse(defaultDir).toAbsolutePath();
    }

    public ModelStore store(Path commandLineDir) {
        return new ModelStore(resolve(commandLineDir));
    }

    /** The store the application uses when nothing on a command line says otherwise. */
    public ModelStore store() {
        return store(null);
    }

    static Path defaultDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".cache");
        return cache.resolve("interview-coach").resolve("models");
    }
}
