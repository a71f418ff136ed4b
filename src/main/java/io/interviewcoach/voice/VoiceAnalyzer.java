package io.interviewcoach.voice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.stats.RunningStats;
import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.voice.features.FilledPauseDetector;
import io.interviewcoach.voice.features.FrameAnalyzer;
import io.interviewcoach.voice.features.FrameFeatures;
import io.interviewcoach.voice.features.PitchHistogram;
import io.interviewcoach.voice.features.SyllableNuclei;
import io.interviewcoach.voice.vad.SileroVad;
import io.interviewcoach.voice.vad.SpeechSegmenter;
import io.interviewcoach.voice.vad.VadStream;
import io.interviewcoach.measure.Rounding;

/**
 * Prosody and voice quality of one stream, window by window: voice activity (Silero VAD with hysteresis),
 * pitch (YIN), loudness, harmonics-to-noise ratio, jitter, shimmer, pauses, syllable rate (de Jong and Wempe)
 * and acoustic filled pauses. Memory is bounded: per-frame values are folded into histograms and running sums
 * as they come; only per-window summaries and events are kept. One instance per stream.
 */
public final class VoiceAnalyzer implements StreamAnalyzer<VoiceWindow, VoiceSummary> {
    private static final Logger LOG = Logger.getLogger(VoiceAnalyzer.class);
    private static final double CHUNK_SEC = SileroVad.CHUNK / (double) SileroVad.SAMPLE_RATE;
    /** Longest gap in a live stream that is filled with silence; longer gaps just move the clock. */
    private static final double MAX_GAP_FILL_SEC = 120;
    private static final double MIN_WINDOW_SPEECH_SEC = 0.3;

    private final SileroVad vad;
    private final VoiceSettings settings;

    // Per-stream processing state (rebuilt if a chunk breaks it).
    private VadStream vadStream;
    private SpeechSegmenter segmenter;
    private FrameAnalyzer frameAnalyzer;
    private SyllableNuclei syllableNuclei;
    private FilledPauseDetector filledPauseDetector;
    private final ArrayDeque<Boolean> chunkSpeech = new ArrayDeque<>();
    private long chunkSpeechBase;
    private double clockOffset = Double.NaN;
    private long samplesFed;

    private final VoiceTotals totals = new VoiceTotals();
    private double lastSegmentEnd = Double.NaN;
    private int failedWindows;
    private final List<FilledPause> filledPauses = new ArrayList<>();
    private final List<ReportEvent> events = new ArrayList<>();
    private final MonotoneTracker monotoneStretches;
    private final ClippingEvents clipping = new ClippingEvents(events);
    private final SignalMeter meter = new SignalMeter();
    private final PitchContour contour = new PitchContour();

    // Per-window accumulators (reset at every window).
    private WindowTally tally = new WindowTally();

    public VoiceAnalyzer(SileroVad vad, VoiceSettings settings) {
        this.vad = vad;
        this.settings = settings;
        this.monotoneStretches = new MonotoneTracker(settings.monotoneStretchSec(), settings.monotoneSemitones(), events);
        resetProcessing();
    }

    public VoiceAnalyzer(SileroVad vad) {
        this(vad, VoiceSettings.defaults());
    }

    @Override
    public VoiceWindow analyze(MediaWindow window) {
        tally = new WindowTally();
        if (window.hasAudio()) {
            meter.accept(window.audio().samples());
            try {
                feed(window.audio());
            } catch (RuntimeException e) {
                failedWindows++;
                LOG.warnf("voice analysis skipped window %d (%.1f-%.1f s): %s", window.index(), window.startSec(),
                        window.endSec(), e.getMessage());
                resetProcessing();
                tally = new WindowTally();
                return new VoiceWindow(window.startSec(), window.endSec(), null, null, null, 0, 0, List.of());
            }
        }
        clipping.window(window.startSec(), window.endSec(), tally.samples, tally.clipped);
        monotoneStretches.add(window.startSec(), window.endSec(), tally.pitchMoments);
        return windowResult(window);
    }

    @Override
    public VoiceSummary finish() {
        try {
            frameAnalyzer.flush(this::onFrame);
            segmenter.finish(this::onSegment);
            filledPauseDetector.finish(this::onFilledPause);
        } catch (RuntimeException e) {
            LOG.warnf("voice analysis could not finish the last frames: %s", e.getMessage());
        }
        monotoneStretches.close();
        clipping.close();
        if (failedWindows > 0) {
            LOG.warnf("voice analysis: %d window(s) could not be analysed and were skipped", failedWindows);
        }
        events.sort((a, b) -> Double.compare(a.start(), b.start()));
        return new VoiceSummary(totals.metrics(settings), filledPauses, events, meter.level(settings.noiseFloorDb()));
    }

    private void resetProcessing() {
        vadStream = vad.newStream();
        segmenter = new SpeechSegmenter(settings.vad());
        frameAnalyzer = new FrameAnalyzer(settings.frames());
        syllableNuclei = new SyllableNuclei(settings.syllables());
        filledPauseDetector = new FilledPauseDetector(settings.filledPauses());
        chunkSpeech.clear();
        chunkSpeechBase = 0;
        clockOffset = Double.NaN;
        samplesFed = 0;
        lastSegmentEnd = Double.NaN;
    }

    private void feed(AudioChunk audio) {
        if (Double.isNaN(clockOffset)) {
            clockOffset = audio.startSec();
        }
        double gap = audio.startSec() - streamTime();
        if (gap > 0.05) {
            double fill = Math.min(gap, MAX_GAP_FILL_SEC);
            process(new float[(int) Math.round(fill * AudioChunk.SAMPLE_RATE)], false);
            clockOffset += gap - fill;
        }
        process(audio.samples(), true);
    }

    private double streamTime() {
        return clockOffset + samplesFed / (double) AudioChunk.SAMPLE_RATE;
    }

    private void process(float[] samples, boolean real) {
        float[] x = samples;
        if (real) {
            x = sanitized(samples);
            int clipped = 0;
            float level = (float) settings.clippingLevel();
            for (float v : x) {
                if (v >= level || v <= -level) {
                    clipped++;
                }
            }
            totals.samples(x.length, clipped);
            tally.samples += x.length;
            tally.clipped += clipped;
        }
        vadStream.accept(x, this::onChunk);
        frameAnalyzer.accept(x, this::onFrame);
        samplesFed += x.length;
    }

    private static float[] sanitized(float[] samples) {
        for (int i = 0; i < samples.length; i++) {
            if (!Float.isFinite(samples[i])) {
                float[] copy = Arrays.copyOf(samples, samples.length);
                for (int j = i; j < copy.length; j++) {
                    if (!Float.isFinite(copy[j])) {
                        copy[j] = 0f;
                    }
                }
                return copy;
            }
        }
        return samples;
    }

    private void onChunk(VadStream.Chunk chunk) {
        segmenter.accept(chunk, this::onSegment);
        chunkSpeech.addLast(segmenter.inSegment());
        tally.chunks++;
        if (segmenter.lastChunkSpeech()) {
            tally.speechChunks++;
        }
    }

    private boolean speechAt(double streamSec) {
        long index = (long) Math.floor(streamSec / CHUNK_SEC);
        while (index > chunkSpeechBase && chunkSpeech.size() > 1) {
            chunkSpeech.pollFirst();
            chunkSpeechBase++;
        }
        return index == chunkSpeechBase && !chunkSpeech.isEmpty() && chunkSpeech.peekFirst();
    }

    private void onSegment(SpeechSegmenter.Segment s) {
        // Silero's recurrent state drifts over minutes of audio (on jfk looped, speech per repetition fell from 7.2 s
        // to 5.9 s); starting it afresh in each pause makes every utterance scored as if it opened the stream.
        vadStream.resetState();
        totals.speechSegment(s.durationSec());
        double start = clockOffset + s.start();
        double end = clockOffset + s.end();
        if (!Double.isNaN(lastSegmentEnd)) {
            double pause = start - lastSegmentEnd;
            boolean isLong = pause > settings.longPauseSec();
            totals.pause(pause, isLong);
            if (isLong) {
                events.add(new ReportEvent(EventType.LONG_PAUSE, Rounding.round(lastSegmentEnd, 3), Rounding.round(start, 3),
                        Map.of("durationSec", Rounding.round(pause, 3))));
            }
        }
        lastSegmentEnd = end;
    }

    private void onFrame(FrameFeatures f) {
        boolean speech = speechAt(f.timeSec());
        syllableNuclei.accept(f, speech, t -> {
            totals.syllable();
            tally.syllables++;
        });
        filledPauseDetector.accept(f, speech, this::onFilledPause);
        double t = clockOffset + f.timeSec();
        contour.add(t, speech && f.pitched() ? f.pitchHz() : Float.NaN, tally.contour);
        if (!speech) {
            return;
        }
        totals.speechFrame(f);
        if (f.pitched()) {
            double st = f.pitchSemitones();
            tally.pitch.add(st);
            tally.pitchMoments.add(st);
        }
        if (f.voiced()) {
            tally.energy += Math.pow(10, f.rmsDb() / 10);
            tally.voicedFrames++;
        }
    }

    private void onFilledPause(FilledPause p) {
        double shift = clockOffset;
        filledPauses.add(new FilledPause(Rounding.round(p.start() + shift, 3), Rounding.round(p.end() + shift, 3), p.confidence()));
        tally.filledPauses++;
    }

    private VoiceWindow windowResult(MediaWindow w) {
        if (!w.hasAudio() && tally.chunks == 0) {
            return new VoiceWindow(w.startSec(), w.endSec(), null, null, null, 0, 0, List.of());
        }
        Double ratio = tally.chunks == 0 ? null : Rounding.round(tally.speechChunks / (double) tally.chunks, 3);
        Double pitchHz = tally.pitch.count() == 0 ? null : Math.round(tally.pitch.quantileHz(0.5) * 10) / 10.0;
        Double level = tally.voicedFrames == 0 ? null : Math.round(100 * Math.log10(tally.energy / tally.voicedFrames)) / 10.0;
        if (level != null && tally.voicedFrames * 0.01 >= MIN_WINDOW_SPEECH_SEC) {
            totals.windowLevel(level);
        }
        return new VoiceWindow(w.startSec(), w.endSec(), ratio, pitchHz, level, tally.syllables, tally.filledPauses,
                List.copyOf(tally.contour));
    }

    /** Intermediate values for tests and the bench (not part of the report). */
    public Map<String, Object> diagnostics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("syllables", totals.syllables());
        m.put("speechSec", totals.speechSec());
        m.put("speakingSpanSec", totals.speakingSpanSec());
        m.put("cyclePairs", totals.cyclePairs());
        m.put("windowLevelSdDb", totals.windowLevelSdDb());
        m.put("vadFailures", vadStream.failures());
        m.put("failedWindows", failedWindows);
        return m;
    }

    /** Per-window scratch. */
    private static final class WindowTally {
        final PitchHistogram pitch = new PitchHistogram();
        final RunningStats pitchMoments = new RunningStats();
        final List<VoiceWindow.PitchPoint> contour = new ArrayList<>();
        int chunks;
        int speechChunks;
        int voicedFrames;
        double energy;
        int syllables;
        int filledPauses;
        long samples;
        long clipped;
    }

}
