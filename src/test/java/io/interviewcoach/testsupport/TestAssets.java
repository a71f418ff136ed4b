package io.interviewcoach.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import io.interviewcoach.models.MirrorInstaller;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelSpec;
import io.interviewcoach.models.ModelStore;

/**
 * Where tests find the real media and models: the shared folder beside the repository
 * (../shared, or $SHARED_DIR), installed into target/test-models through the real mirror path.
 */
public final class TestAssets {
    private static ModelStore store;

    private TestAssets() {
    }

    public static Path shared() {
        String env = System.getenv("SHARED_DIR");
        Path p = env != null ? Path.of(env) : Path.of("..", "shared");
        if (!Files.isDirectory(p.resolve("media"))) {
            throw new IllegalStateException("Test assets not found at " + p.toAbsolutePath()
                    + ": clone the repository next to the shared/ folder or set SHARED_DIR");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path media(String name) {
        return shared().resolve("media").resolve(name);
    }

    public static Path modelMirror() {
        return shared().resolve("models");
    }

    /** A model store holding every model the mirror has, verified by sha256. */
    public static synchronized ModelStore models() {
        if (store == null) {
            ModelStore s = new ModelStore(Path.of("target", "test-models"));
            MirrorInstaller installer = new MirrorInstaller(s);
            for (ModelSpec spec : ModelCatalog.all()) {
                if (!s.isInstalled(spec)) {
                    installer.install(spec, modelMirror());
                }
            }
            store = s;
        }
        return store;
    }
}
