package io.interviewcoach.speech.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The interview questions, loaded from JSON files (format: docs/question-bank.md). The built-in bank is the set of
 * files listed in {@code questions/index.json} on the classpath.
 */
public final class QuestionBank {
    public static final String INDEX_RESOURCE = "questions/index.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private record Index(List<String> files) {
    }

    private record QuestionFile(List<Question> questions) {
    }

    private final Map<String, Question> byId;

    private QuestionBank(Map<String, Question> byId) {
        this.byId = byId;
    }

    /** The bank shipped in the application (classpath {@code questions/}). */
    public static QuestionBank builtIn() {
        try (InputStream in = resource(INDEX_RESOURCE)) {
            Index index = JSON.readValue(in, Index.class);
            Map<String, Question> all = new LinkedHashMap<>();
            for (String file : index.files()) {
                try (InputStream q = resource("questions/" + file)) {
                    add(all, file, JSON.readValue(q, QuestionFile.class));
                }
            }
            return new QuestionBank(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in question bank: " + e.getMessage(), e);
        }
    }

    /** A bank from question files on disk (the same format as the built-in files). */
    public static QuestionBank fromFiles(List<Path> files) {
        Map<String, Question> all = new LinkedHashMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                add(all, file.toString(), JSON.readValue(in, QuestionFile.class));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read question file " + file + ": " + e.getMessage(), e);
            }
        }
        return new QuestionBank(all);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = QuestionBank.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("classpath resource " + name + " not found");
        }
        return in;
    }

    private static void add(Map<String, Question> all, String source, QuestionFile file) {
        if (file == null || file.questions() == null) {
            throw new IllegalArgumentException(source + ": no \"questions\" array");
        }
        for (Question q : file.questions()) {
            validate(source, q);
            if (all.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException(source + ": duplicate question id '" + q.id() + "'");
            }
        }
    }

    private static void validate(String source, Question q) {
        if (q.id() == null || q.id().isBlank() || q.text() == null || q.text().isBlank()) {
            throw new IllegalArgumentException(source + ": every question needs an \"id\" and a \"text\"");
        }
        if (q.talkingPoints().isEmpty()) {
            throw new IllegalArgumentException(source + ": question '" + q.id() + "' has no talking points");
        }
        for (TalkingPoint p : q.talkingPoints()) {
            if (p.point() == null || p.keywords().isEmpty() || p.keywords().stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException(source + ": question '" + q.id()
                        + "' has a talking point without a name or with an empty keyword concept");
            }
        }
    }

    public List<Question> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<Question> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The question or an error listing the known ids. */
    public Question require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown question id '" + id
                + "'. Known ids: " + String.join(", ", byId.keySet())));
    }
}
