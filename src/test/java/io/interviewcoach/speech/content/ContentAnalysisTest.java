package io.interviewcoach.speech.content;

import static io.interviewcoach.speech.SpeechFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.speech.SpeechFixtures;
import io.interviewcoach.speech.SpeechSettings;
import io.interviewcoach.speech.SpeechSummary;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.TranscriptAnalyzer;
import io.interviewcoach.speech.transcript.TranscriptFiles;

class ContentAnalysisTest {
    private static final QuestionBank BANK = QuestionBank.builtIn();
    private final TranscriptAnalyzer analyzer = new TranscriptAnalyzer(SpeechSettings.defaults());

    private static final String OFF_TOPIC = "Well I really enjoy hiking on weekends and I have a dog named Max. "
            + "My favorite food is pasta and I like reading science fiction novels in the evening. "
            + "I grew up near the coast so I spend a lot of time at the beach in summer.";
    private static final String RAMBLING = "Well conflicts happen everywhere you know, people are different and it "
            + "depends on the day. I guess communication matters and everybody has opinions and honestly it is what it "
            + "is, people should just get along and be nice to each other most of the time.";

    @Test
    void builtInBankHasTwentyQuestionsEachWithTalkingPoints() {
        List<Question> all = BANK.all();
        assertTrue(all.size() >= 20, "questions: " + all.size());
        Set<String> ids = new HashSet<>();
        for (Question q : all) {
            assertTrue(ids.add(q.id()), "duplicate " + q.id());
            assertFalse(q.text().isBlank());
            assertFalse(q.category().isBlank());
            assertTrue(q.talkingPoints().size() >= 1, q.id());
            q.talkingPoints().forEach(p -> assertFalse(p.keywords().isEmpty(), q.id() + ": " + p.point()));
        }
        assertTrue(all.stream().filter(Question::star).count() >= 10);
        assertTrue(all.stream().anyMatch(q -> !q.star()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> BANK.require("nope"));
        assertTrue(unknown.getMessage().contains("conflict-teammate"), unknown.getMessage());
    }

    @Test
    void questionFileWithoutTalkingPointsIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"questions\": [{\"id\": \"q1\", \"text\": \"Why?\", \"category\": \"general\", "
                + "\"star\": false, \"talkingPoints\": []}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionBank.fromFiles(List.of(f)));
        assertTrue(e.getMessage().contains("question 'q1' has no talking points"), e.getMessage());
    }

    @Test
    void onTopicAnswerScoresClearlyAboveOffTopic() {
        Question q = BANK.require("conflict-teammate");
        Transcript onTopic = TranscriptFiles.parse(resource("conflict-answer.srt"), "conflict-answer.srt");
        SpeechSummary on = analyzer.analyze(onTopic, List.of(), q);
        SpeechSummary off = analyzer.analyze(Transcript.of(Transcript.JSON, SpeechFixtures.words(OFF_TOPIC)), List.of(), q);
        double onScore = on.metrics().contentRelevanceScore();
        double offScore = off.metrics().contentRelevanceScore();
        assertTrue(onScore >= 60, "on-topic " + onScore + " " + on.content().talkingPoints());
        assertTrue(offScore <= 15, "off-topic " + offScore + " " + off.content().talkingPoints());
        assertEquals("conflict-teammate", on.content().questionId());
        // explainable: the first talking point heard "disagreement" (as concept "conflict") in cue 2
        TalkingPointCoverage first = on.content().talkingPoints().get(0);
        assertEquals(1.0, first.coverage(), 1e-9);
        KeywordMatch conflict = first.matched().stream().filter(k -> k.concept().equals("conflict")).findFirst().orElseThrow();
        assertEquals("disagreement", conflict.heard());
        assertTrue(conflict.time() > 5.9 && conflict.time() < 10.9, "time " + conflict.time());
    }

    @Test
    void stemmingMatchesInflectedForms() {
        Question q = new Question("q", "Q?", "test", false, List.of(new TalkingPoint("prioritizing work",
                List.of(List.of("prioritize"), List.of("deadline")))));
        Transcript t = Transcript.of(Transcript.JSON, SpeechFixtures.words("we prioritized the work because deadlines were close"));
        assertEquals(100.0, analyzer.analyze(t, List.of(), q).metrics().contentRelevanceScore(), 1e-9);
    }

    @Test
    void starCuesFoundInStarAnswerNotInRamblingOne() {
        Question q = BANK.require("conflict-teammate");
        SpeechSummary star = analyzer.analyze(TranscriptFiles.parse(resource("conflict-answer.srt"), "c.srt"), List.of(), q);
        StarAnalysis a = star.content().star();
        assertEquals(Boolean.TRUE, a.applies());
        assertEquals(List.of("situation", "task", "action", "result"), a.found());
        assertTrue(a.cues().stream().anyMatch(c -> c.component().equals("situation") && c.cue().equals("at my previous job")
                && c.time() < 2.0));
        assertTrue(a.cues().stream().anyMatch(c -> c.component().equals("task") && c.cue().equals("my goal was")));
        assertTrue(a.cues().stream().anyMatch(c -> c.component().equals("action") && c.cue().equals("i decided")));
        assertTrue(a.cues().stream().anyMatch(c -> c.component().equals("result") && c.cue().equals("as a result")));
        assertTrue(a.cues().stream().anyMatch(c -> c.component().equals("result") && c.cue().equals("percentage")));
        // cues come in story order
        double situation = firstTime(a, "situation");
        assertTrue(situation < firstTime(a, "task") && firstTime(a, "task") < firstTime(a, "action")
                && firstTime(a, "action") < firstTime(a, "result"));

        SpeechSummary rambling = analyzer.analyze(Transcript.of(Transcript.JSON, SpeechFixtures.words(RAMBLING)), List.of(), q);
        assertEquals(List.of(), rambling.content().star().found(), rambling.content().star().cues().toString());
        assertEquals(0, rambling.metrics().starComponentsFound());
        assertTrue(rambling.metrics().contentRelevanceScore() < star.metrics().contentRelevanceScore());
    }

    @Test
    void ambiguousResultVerbsNeedANumber() {
        StarCueDetector d = new StarCueDetector();
        var upbringing = SpeechFixtures.tokens("I grew up near the coast and cut my hair");
        assertEquals(List.of(), d.detect(upbringing, new boolean[upbringing.size()]));
        var growth = SpeechFixtures.tokens("signups grew by 20 percent");
        assertEquals(List.of("grew", "number", "percentage"),
                d.detect(growth, new boolean[growth.size()]).stream().map(StarCue::cue).toList());
    }

    private static double firstTime(StarAnalysis a, String component) {
        return a.cues().stream().filter(c -> c.component().equals(component)).mapToDouble(StarCue::time).min().orElseThrow();
    }
}
