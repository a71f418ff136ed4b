package io.interviewcoach.question.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.speech.content.Question;
import io.interviewcoach.speech.content.QuestionBank;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * At `serve` start (the processes that migrate the database), the built-in bank and the files of
 * {@code coach.questions.files} are upserted into the questions table, so the table is importable by configuration;
 * a file's question replaces a built-in one with the same id. A database that cannot be reached is logged, not fatal.
 */
@Singleton
public class QuestionImport {
    private static final Logger LOG = Logger.getLogger(QuestionImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    QuestionStore store;

    @Inject
    CoachConfig config;

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean databaseInUse;

    @ConfigProperty(name = "quarkus.datasource.active", defaultValue = "true")
    boolean datasourceActive;

    void onStart(@Observes StartupEvent event) {
        if (!databaseInUse || !datasourceActive) {
            return;
        }
        List<QuestionStore.Sourced> questions = new ArrayList<>();
        try {
            questions.addAll(builtIn());
            for (Path file : config.questions().files().orElse(List.of())) {
                String source = file.getFileName().toString();
                QuestionBank.fromFiles(List.of(file)).all().forEach(q -> questions.add(new QuestionStore.Sourced(q, source)));
            }
        } catch (RuntimeException e) {
            LOG.errorf("The question bank could not be imported: %s", e.getMessage());
            return;
        }
        try {
            int rows = VertxContextSupport.subscribeAndAwait(() -> store.upsert(questions));
            LOG.infof("Question bank: %d questions stored", rows);
        } catch (Throwable e) {
            LOG.errorf(e, "The question bank could not be stored in the database");
        }
    }

    /** The built-in bank, each question with the file of questions/index.json it comes from. */
    static List<QuestionStore.Sourced> builtIn() {
        Map<String, String> sourceById = new HashMap<>();
        try (InputStream index = resource(QuestionBank.INDEX_RESOURCE)) {
            for (JsonNode file : JSON.readTree(index).path("files")) {
                try (InputStream in = resource("questions/" + file.asText())) {
                    for (JsonNode q : JSON.readTree(in).path("questions")) {
                        sourceById.put(q.path("id").asText(), file.asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<QuestionStore.Sourced> all = new ArrayList<>();
        for (Question q : QuestionBank.builtIn().all()) {
            all.add(new QuestionStore.Sourced(q, sourceById.get(q.id())));
        }
        return all;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = QuestionImport.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("classpath resource " + name + " not found");
        }
        return in;
    }
}
