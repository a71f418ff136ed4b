package io.interviewcoach.fusion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The scoring document and the code state the same bands and weights. */
class ScoringDocsTest {

    private static String docs() throws Exception {
        for (Path p : new Path[] {Path.of("docs", "scoring.md")}) {
            if (Files.exists(p) && Files.readString(p).contains("## From measurements to scores")) {
                return Files.readString(p);
            }
        }
        throw new AssertionError("docs/scoring.md not found");
    }

    @Test
    void everyBandIsDocumentedWithItsPointsAndTarget() throws Exception {
        String docs = docs();
        Targets t = Targets.defaults();
        for (RecordComponent c : Targets.class.getRecordComponents()) {
            if (c.getType() != Band.class || c.getName().equals("analyzerScore")) {
                continue;
            }
            Band band = (Band) c.getAccessor().invoke(t);
            String points = band.points().stream().map(p -> n(p.x()) + " → " + n(p.score()))
                    .collect(Collectors.joining(", "));
            assertTrue(docs.contains(points + " — target \"" + band.target() + "\""),
                    c.getName() + ": docs miss '" + points + " — target \"" + band.target() + "\"'");
        }
        assertTrue(docs.contains("× 60 / " + n(t.syllablesPerWord())));
    }

    @Test
    void everySubScoreWeightIsDocumented() throws Exception {
        String docs = docs();
        for (SubScore s : SubScore.values()) {
            String row = docs.lines().filter(l -> l.startsWith("| " + s.key() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no docs row for " + s.key()));
            assertTrue(row.contains("| " + String.format(Locale.ROOT, "%.2f", s.defaultWeight()) + " |"),
                    s.key() + " weight " + s.defaultWeight() + " not in: " + row);
        }
        CategoryWeights w = CategoryWeights.defaults();
        for (Category c : Category.values()) {
            assertTrue(docs.contains("| " + c.key() + " | " + String.format(Locale.ROOT, "%.2f", w.of(c)) + " |"),
                    c.key());
        }
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
