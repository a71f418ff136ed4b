package io.interviewcoach.voice.features;

import io.interviewcoach.voice.dsp.Fft;

/**
 * Spectral shape of a frame as log energies in mel-spaced bands (100-4000 Hz, where vowel formants and
 * nasal murmur live), and the change of that shape between frames (spectral flux, dB). The frame's mean
 * level is removed first, so loudness changes alone do not count as spectral change.
 */
final class BandEnvelope {
    private static final int BANDS = 18;
    private static final double LOW_HZ = 100;
    private static final double HIGH_HZ = 4000;

    private final Fft fft;
    private final double[] window;
    private final int[] bandEdges = new int[BANDS + 1];
    private final double[] re;
    private final double[] im;
    private double[] previous = new double[BANDS];
    private double[] current = new double[BANDS];
    private boolean hasPrevious;

    BandEnvelope(int frameLength, int sampleRate) {
        int n = Integer.highestOneBit(frameLength - 1) << 1;
        fft = new Fft(n);
        re = new double[n];
        im = new double[n];
        window = new double[frameLength];
        for (int i = 0; i < frameLength; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (frameLength - 1));
        }
        double melLow = mel(LOW_HZ);
        double melHigh = mel(HIGH_HZ);
        for (int b = 0; b <= BANDS; b++) {
            double hz = hz(melLow + (melHigh - melLow) * b / BANDS);
            bandEdges[b] = (int) Math.round(hz * n / sampleRate);
        }
        for (int b = 1; b <= BANDS; b++) {
            bandEdges[b] = Math.max(bandEdges[b], bandEdges[b - 1] + 1);
        }
    }

    /** Flux (RMS over bands of the change in level-normalised band dB) from the previous frame; NaN for the first. */
    double flux(float[] x, int offset) {
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        for (int i = 0; i < window.length; i++) {
            re[i] = x[offset + i] * window[i];
        }
        fft.transform(re, im);
        double mean = 0;
        for (int b = 0; b < BANDS; b++) {
            double e = 1e-10;
            for (int k = bandEdges[b]; k < bandEdges[b + 1]; k++) {
                e += re[k] * re[k] + im[k] * im[k];
            }
            current[b] = 10 * Math.log10(e / (bandEdges[b + 1] - bandEdges[b]));
            mean += current[b];
        }
        mean /= BANDS;
        double sq = 0;
        for (int b = 0; b < BANDS; b++) {
            current[b] -= mean;
            double d = current[b] - previous[b];
            sq += d * d;
        }
        double result = hasPrevious ? Math.sqrt(sq / BANDS) : Double.NaN;
        double[] t = previous;
        previous = current;
        current = t;
        hasPrevious = true;
        return result;
    }

    private static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double hz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
