package io.interviewcoach.speech.recognition;

import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.speech.Word;

/**
 * Maps a recognizer's time (seconds of audio fed to it) to media time: every chunk fed is an anchor
 * (fed seconds at its start → its media start), so gaps between chunks and a late stream start are kept.
 */
final class AudioClock {
    private final int sampleRate;
    private final List<double[]> anchors = new ArrayList<>();
    private long fedSamples;

    AudioClock(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    void mark(double mediaStartSec) {
        anchors.add(new double[] {fedSamples / (double) sampleRate, mediaStartSec});
    }

    void advance(int samples) {
        fedSamples += samples;
    }

    double toMedia(double recognizerSec) {
        if (anchors.isEmpty()) {
            return recognizerSec;
        }
        double[] anchor = anchors.get(0);
        for (double[] a : anchors) {
            if (a[0] <= recognizerSec + 1e-9) {
                anchor = a;
            } else {
                break;
            }
        }
        return anchor[1] + (recognizerSec - anchor[0]);
    }

    List<Word> toMedia(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            double start = toMedia(w.start());
            double end = Math.max(start, toMedia(w.end()));
            out.add(new Word(w.word(), start, end, w.conf(), w.filler()));
        }
        return out;
    }
}
