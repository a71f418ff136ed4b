package io.interviewcoach.live.cues;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** docs/live-cues.md lists every cue setting with its default, and every cue with its text in priority order. */
class CueDocsTest {
    private static final Path DOC = Path.of("docs", "live-cues.md");

    @Test
    void everySettingIsDocumentedWithItsDefault() throws Exception {
        String docs = Files.readString(DOC);
        check(docs, new ObjectMapper().valueToTree(CueSettings.defaults()), "");
    }

    private static void check(String docs, JsonNode node, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
            if (e.getValue().isObject()) {
                check(docs, e.getValue(), key + ".");
                continue;
            }
            String value = e.getValue().asText().replaceAll("\\.0$", "");
            String row = "| `" + key + "` | " + value + " |";
            assertTrue(docs.contains(row), "docs/live-cues.md lacks the row " + row);
        }
    }

    @Test
    void everyCueIsInThePriorityTableInOrder() throws Exception {
        String docs = Files.readString(DOC);
        for (CueKind kind : CueKind.values()) {
            String row = "| " + (kind.ordinal() + 1) + " | `" + kind.name() + "` | " + kind.text() + " | "
                    + kind.focus().key() + " |";
            assertTrue(docs.contains(row), "docs/live-cues.md lacks " + row);
        }
        assertTrue(Files.readString(Path.of("docs", "scoring.md")).contains("(live-cues.md)"));
    }
}
