package io.interviewcoach.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.testsupport.TestAssets;

/** Real recordings, other encodings of them, and damaged streams. */
class VoiceAnalyzerRealMediaTest {
    @TempDir
    Path dir;

    @Test
    void jfkMaleSpeechWithPhrasePauses() {
        VoiceTestSupport.Run run = VoiceTestSupport.analyze(TestAssets.media("jfk.flac"));
        VoiceMetrics m = run.metrics();
        System.out.println("jfk: " + m);
        // JFK projects his voice here: cepstrum and harmonic-product-spectrum estimates (numpy, independent of YIN)
        // put the median at 246 Hz and 230 Hz, so the range is set around those, not at a conversational male pitch.
        assertTrue(m.pitchMedianHz() > 200 && m.pitchMedianHz() < 280, "pitch " + m.pitchMedianHz());
        assertTrue(m.speechRatio() > 0.5 && m.speechRatio() < 0.95, "speech ratio " + m.speechRatio());
        assertTrue(m.pauseCount() >= 2, "pauses between phrases " + m.pauseCount());
        assertEquals(0, m.longPauseCount());
        // Transcript: 28 syllables (counted by hand) over the 10.3 s speaking span (pauses included) = 2.72 syllables/s.
        // The nuclei method undercounts this reverberant 1961 recording by about 11 % (measured 2.43): known weak spot.
        assertEquals(2.72, m.syllablesPerSec(), 0.45, "syllables per second");
        assertTrue(m.articulationRate() > m.syllablesPerSec());
        assertTrue(m.pitchVariationSemitones() > 1.5 && m.pitchVariationSemitones() < 6, "spread " + m.pitchVariationSemitones());
        assertEquals(Boolean.FALSE, m.monotone());
        assertNotNull(m.voiceClarityScore());
        assertNotNull(m.volumeConsistencyScore());
        assertEquals(11, run.windows().size());
        assertTrue(run.windows().stream().anyMatch(w -> w.speechRatio() < 0.5), "some window is mostly pause");
        assertTrue(run.windows().stream().mapToInt(VoiceWindow::syllables).sum() > 15);
        assertTrue(run.windows().get(3).pitchContour().size() >= 3, "contour points in a speech window");
    }

    @Test
    void katieFemaleSpeech() {
        VoiceMetrics m = VoiceTestSupport.analyze(TestAssets.media("katie_hill.mp4")).metrics();
        System.out.println("katie: " + m);
        // Cepstrum 151 Hz and harmonic-product-spectrum 148 Hz (numpy) agree: a low female voice.
        assertTrue(m.pitchMedianHz() >= 140 && m.pitchMedianHz() <= 280, "pitch " + m.pitchMedianHz());
        assertTrue(m.speechRatio() > 0.8, "speech ratio " + m.speechRatio());
        assertTrue(m.syllablesPerSec() > 2.5 && m.syllablesPerSec() < 6, "rate " + m.syllablesPerSec());
    }

    @Test
    void sameSpeechInOtherFormatsGivesTheSameAnalysis() {
        Path jfk = TestAssets.media("jfk.flac");
        VoiceMetrics reference = VoiceTestSupport.analyze(jfk).metrics();
        String[][] variants = {
            {"jfk8k.wav", "-ar", "8000", "-ac", "1"},
            {"jfk48k-stereo-float.wav", "-ar", "48000", "-ac", "2", "-c:a", "pcm_f32le"},
            {"jfk44k.mp3", "-ar", "44100", "-ac", "2", "-b:a", "96k"},
            {"jfk22k.ogg", "-ar", "22050", "-ac", "1", "-c:a", "libvorbis"}};
        for (String[] v : variants) {
            List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-loglevel", "error", "-y", "-i", jfk.toString()));
            cmd.addAll(List.of(v).subList(1, v.length));
            cmd.add(v[0]);
            VoiceTestSupport.run(dir, cmd.toArray(String[]::new));
            VoiceMetrics m = VoiceTestSupport.analyze(dir.resolve(v[0])).metrics();
            System.out.printf("%s: pitch %.1f Hz (ref %.1f), speech %.3f (ref %.3f), rate %.2f (ref %.2f)%n", v[0],
                    m.pitchMedianHz(), reference.pitchMedianHz(), m.speechRatio(), reference.speechRatio(), m.syllablesPerSec(),
                    reference.syllablesPerSec());
            assertEquals(reference.pitchMedianHz(), m.pitchMedianHz(), 0.03 * reference.pitchMedianHz(), v[0]);
            assertEquals(reference.speechRatio(), m.speechRatio(), 0.06, v[0]);
            assertEquals(reference.syllablesPerSec(), m.syllablesPerSec(), 0.15 * reference.syllablesPerSec(), v[0]);
            assertEquals(reference.pauseCount(), m.pauseCount(), 1, v[0]);
        }
    }

    @Test
    void windowLengthDoesNotChangeTheResult() {
        Path jfk = TestAssets.media("jfk.flac");
        VoiceMetrics oneSecond = VoiceTestSupport.analyze(jfk).metrics();
        VoiceAnalyzer analyzer = new VoiceAnalyzer(VoiceTestSupport.vad());
        try (MediaReader reader = MediaReader.open(jfk, new ReadOptions(10, 0.37, false, true, 1280))) {
            reader.windows().forEachRemaining(analyzer::analyze);
        }
        VoiceMetrics odd = analyzer.finish().metrics();
        assertEquals(oneSecond.pitchMedianHz(), odd.pitchMedianHz());
        assertEquals(oneSecond.speechRatio(), odd.speechRatio());
        assertEquals(oneSecond.syllablesPerSec(), odd.syllablesPerSec());
        assertEquals(oneSecond.pauseCount(), odd.pauseCount());
        assertEquals(oneSecond.jitterPercent(), odd.jitterPercent());
    }

    @Test
    void damagedChunksAndGapsDoNotStopTheStream() {
        VoiceAnalyzer analyzer = new VoiceAnalyzer(VoiceTestSupport.vad());
        List<VoiceWindow> windows = new ArrayList<>();
        try (MediaReader reader = MediaReader.open(TestAssets.media("jfk.flac"), VoiceTestSupport.audioOnly())) {
            Iterator<MediaWindow> it = reader.windows();
            while (it.hasNext()) {
                MediaWindow w = it.next();
                if (w.index() == 2) {
                    float[] bad = w.audio().samples().clone();
                    for (int i = 0; i < bad.length; i += 7) {
                        bad[i] = i % 2 == 0 ? Float.NaN : Float.POSITIVE_INFINITY;
                    }
                    w = new MediaWindow(w.index(), w.startSec(), w.endSec(), List.of(), new AudioChunk(w.startSec(), bad));
                } else if (w.index() == 4) {
                    w = new MediaWindow(w.index(), w.startSec(), w.endSec(), List.of(), new AudioChunk(w.startSec(), new float[0]));
                } else if (w.index() == 5) {
                    w = new MediaWindow(w.index(), w.startSec(), w.endSec(), List.of(), null);
                }
                windows.add(analyzer.analyze(w));
            }
        }
        VoiceSummary summary = analyzer.finish();
        assertEquals(11, windows.size());
        assertNull(windows.get(5).speechRatio(), "a window without audio measures nothing");
        assertNotNull(windows.get(6).speechRatio());
        assertTrue(summary.metrics().pitchMedianHz() > 200 && summary.metrics().pitchMedianHz() < 280);
        assertEquals(0, analyzer.diagnostics().get("failedWindows"));
    }
}
