package io.interviewcoach.cli;

import java.util.List;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.models.ModelStoreLocator;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the HTTP server: the practice site at / (http://localhost:8080/ by default), live",
                "coaching sessions (POST /api/sessions, then the socket",
                "/api/sessions/{id}/live; docs/protocol.md), stored sessions, reports, questions, progress and",
                "uploaded recordings analysed as jobs (/api/analyses) - the REST API of docs/api.md, OpenAPI at",
                "/q/openapi -, health at /q/health (readiness is DOWN while models are missing) and Prometheus",
                "metrics at /q/metrics. Data goes to the PostgreSQL at quarkus.datasource.reactive.url, or to an",
                "embedded one (data in ~/.local/share/interview-coach/postgres) when none is configured; a session",
                "that ends while the database is away waits in ~/.local/share/interview-coach/spool",
                "(coach.storage.spool-dir) and is stored when it is back. A session whose server died mid-way is",
                "finalized at the next start (or by another replica) from what was stored, its report marked",
                "recovered (docs/live-state.md). Ctrl+C or SIGTERM drains first: readiness DOWN, new sessions",
                "refused (503 draining), running sessions and the running upload job given",
                "coach.shutdown.session-drain-timeout (10 s) to finish, then ended here with their report",
                "(docs/live-state.md, \"Draining\"). coach.inference.device (cpu|cuda) picks where the ONNX models",
                "run (docs/models.md, \"Devices\")."})
public class ServeCommand implements Runnable {
    private static final Logger LOG = Logger.getLogger(ServeCommand.class);

    @Inject
    ModelStoreLocator locator;

    @Override
    public void run() {
        ModelStore store = locator.store();
        List<String> missing = store.missing(ModelCatalog.withoutSpeechRecognizer());
        if (!missing.isEmpty()) {
            LOG.warnf("Models missing in %s: %s. Analysis needs them; fetch them with: coach models pull %s",
                    store.dir(), String.join(", ", missing), String.join(" ", missing));
        }
        Quarkus.waitForExit();
    }
}
