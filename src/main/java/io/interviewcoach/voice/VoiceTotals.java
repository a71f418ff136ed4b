package io.interviewcoach.voice;

import io.interviewcoach.measure.Rounding;
import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.stats.RunningStats;
import io.interviewcoach.voice.features.FrameFeatures;
import io.interviewcoach.voice.features.PitchHistogram;

/**
 * The whole stream's voice accumulators, folded in as frames, segments and windows arrive, and the
 * {@link VoiceMetrics} they give. Each measure is null when the stream gave too little to measure it.
 */
final class VoiceTotals {
    private final PitchHistogram pitch = new PitchHistogram();
    private final RunningStats loudness = new RunningStats();
    private final RunningStats windowLevels = new RunningStats();
    private final RunningStats hnr = new RunningStats();
    private long cyclePairs;
    private double periodAbsDiff;
    private double periodSum;
    private double amplitudeAbsDiff;
    private double amplitudeSum;
    private long samples;
    private long samplesClipped;
    private int syllables;
    private double speechSec;
    private double speakingSpanSec;
    private int pauseCount;
    private double pauseSumSec;
    private int longPauseCount;

    void samples(int count, int clipped) {
        samples += count;
        samplesClipped += clipped;
    }

    void speechSegment(double durationSec) {
        speechSec += durationSec;
        speakingSpanSec += durationSec;
    }

    /** A pause between two speech segments; a short one counts as speaking time for the articulation span. */
    void pause(double sec, boolean isLong) {
        pauseCount++;
        pauseSumSec += sec;
        if (isLong) {
            longPauseCount++;
        } else {
            speakingSpanSec += sec;
        }
    }

    void syllable() {
        syllables++;
    }

    /** A frame inside speech: its glottal cycles, pitch (when pitched), loudness (when voiced) and HNR (where Praat's harmonicity voices it). */
    void speechFrame(FrameFeatures f) {
        cyclePairs += f.cyclePairs();
        periodAbsDiff += f.periodAbsDiffSum();
        periodSum += f.periodSum();
        amplitudeAbsDiff += f.amplitudeAbsDiffSum();
        amplitudeSum += f.amplitudeSum();
        if (f.pitched()) {
            pitch.add(f.pitchSemitones());
        }
        if (f.voiced()) {
            loudness.add(f.rmsDb());
        }
        if (!Float.isNaN(f.hnrDb())) {
            hnr.add(f.hnrDb());
        }
    }

    /** The speech level of a window with enough voiced speech, for volume consistency. */
    void windowLevel(double db) {
        windowLevels.add(db);
    }

    int syllables() {
        return syllables;
    }

    double speechSec() {
        return speechSec;
    }

    double speakingSpanSec() {
        return speakingSpanSec;
    }

    long cyclePairs() {
        return cyclePairs;
    }

    Double windowLevelSdDb() {
        return windowLevels.count() >= 2 ? windowLevels.sd() : null;
    }

    VoiceMetrics metrics(VoiceSettings settings) {
        if (samples == 0) {
            return new VoiceMetrics(null, null, null, null, null, null, null, null);
        }
        double analyzed = samples / (double) AudioChunk.SAMPLE_RATE;
        boolean spoke = speechSec > 0;
        // Frames are gated by provisional VAD state; without any final speech segment nothing was speech.
        boolean voiced = spoke && pitch.count() > 0;
        Double pitchMedian = voiced ? Rounding.round(pitch.quantileHz(0.5), 1) : null;
        Double spread = voiced && pitch.count() >= 50 ? Rounding.round(pitch.spreadSt(12), 2) : null;
        Boolean monotone = spread == null || pitch.count() < 300 ? null : spread < settings.monotoneSemitones();
        Double jitter = spoke && cyclePairs >= 20 ? Rounding.round(100 * periodAbsDiff / periodSum, 2) : null;
        Double shimmer = spoke && cyclePairs >= 20 ? Rounding.round(100 * amplitudeAbsDiff / amplitudeSum, 2) : null;
        Double hnrDb = spoke && hnr.count() >= 20 ? Rounding.round(hnr.mean(), 1) : null;
        Double levelSd = spoke && windowLevels.count() >= 3 ? windowLevels.sd() : null;
        return new VoiceMetrics(
                Rounding.round(Math.min(1, speechSec / analyzed), 3),
                pitchMedian,
                spread,
                VoiceScores.volumeConsistency(levelSd),
                VoiceScores.voiceClarity(hnrDb, jitter, shimmer),
                spoke ? pauseCount : null,
                spoke ? longPauseCount : null,
                spoke && speakingSpanSec > 0 ? Rounding.round(syllables / speakingSpanSec, 2) : null,
                spoke ? Rounding.round(syllables / speechSec, 2) : null,
                pauseCount > 0 ? Rounding.round(pauseSumSec / pauseCount, 2) : null,
                voiced ? Rounding.round(pitch.quantileHz(0.1), 1) : null,
                voiced ? Rounding.round(pitch.quantileHz(0.9), 1) : null,
                monotone,
                hnrDb,
                jitter,
                shimmer,
                spoke && loudness.count() > 0 ? Rounding.round(loudness.mean(), 1) : null,
                spoke && loudness.count() > 1 ? Rounding.round(loudness.sd(), 1) : null,
                Math.round(1e5 * samplesClipped / (double) samples) / 1e5,
                Rounding.round(speechSec, 2),
                Rounding.round(analyzed, 2));
    }
}
