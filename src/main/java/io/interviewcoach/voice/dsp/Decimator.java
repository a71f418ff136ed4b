package io.interviewcoach.voice.dsp;

/**
 * Halves the sample rate of a stream (16 kHz to 8 kHz) with a linear-phase windowed-sinc low-pass, so
 * output sample m lines up with input sample 2m (no delay to account for). Pitch lives well below 4 kHz.
 */
public final class Decimator {
    private static final int HALF = 15;
    private static final float[] TAPS = design(HALF, 0.45);

    private final SampleBuffer in;
    private final SampleBuffer out;

    public Decimator(SampleBuffer in, SampleBuffer out) {
        this.in = in;
        this.out = out;
    }

    /** Produces every output sample whose filter support is available in {@code in}. */
    public void advance() {
        float[] x = in.array();
        while (2 * out.end() + HALF < in.end()) {
            long c = 2 * out.end();
            double acc = 0;
            if (c - HALF >= in.start()) {
                int o = in.offsetOf(c - HALF);
                for (int k = 0; k < TAPS.length; k++) {
                    acc += TAPS[k] * x[o + k];
                }
            } else {
                for (int k = 0; k < TAPS.length; k++) {
                    acc += TAPS[k] * in.get(c - HALF + k);
                }
            }
            out.append((float) acc);
        }
    }

    /** Absolute input index the decimator still needs (everything before may be discarded). */
    public long oldestInputNeeded() {
        return 2 * out.end() - HALF;
    }

    /** Low-pass FIR with cut-off {@code cutoff} × Nyquist of the output rate, Blackman window, unit DC gain. */
    private static float[] design(int half, double cutoff) {
        float[] h = new float[2 * half + 1];
        double sum = 0;
        double fc = cutoff / 2; // as a fraction of the input rate
        for (int i = 0; i < h.length; i++) {
            int n = i - half;
            double sinc = n == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * n) / (Math.PI * n);
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (h.length - 1)) + 0.08 * Math.cos(4 * Math.PI * i / (h.length - 1));
            h[i] = (float) (sinc * w);
            sum += h[i];
        }
        for (int i = 0; i < h.length; i++) {
            h[i] /= (float) sum;
        }
        return h;
    }
}
