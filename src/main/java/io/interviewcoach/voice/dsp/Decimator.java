package io.interviewcoach.voice.dsp;

/**
 * Divides the sample rate of a stream by a whole factor (16 kHz to 8 kHz for pitch, 48 kHz to 16 kHz for live
 * audio) with a linear-phase windowed-sinc low-pass, so output sample m lines up with input sample factor × m (no
 * delay to account for). The filter grows with the factor so its transition band stays as narrow relative to the
 * output rate.
 */
public final class Decimator {
    private static final int HALF_PER_FACTOR = 15;
    private static final double CUTOFF = 0.45;

    private final SampleBuffer in;
    private final SampleBuffer out;
    private final int factor;
    private final int half;
    private final float[] taps;

    /** Halves the rate. */
    public Decimator(SampleBuffer in, SampleBuffer out) {
        this(in, out, 2);
    }

    public Decimator(SampleBuffer in, SampleBuffer out, int factor) {
        if (factor < 2) {
            throw new IllegalArgumentException("decimation factor must be at least 2, got " + factor);
        }
        this.in = in;
        this.out = out;
        this.factor = factor;
        this.half = HALF_PER_FACTOR * factor / 2;
        this.taps = design(half, CUTOFF, factor);
    }

    /** Produces every output sample whose filter support is available in {@code in}. */
    public void advance() {
        float[] x = in.array();
        while (factor * out.end() + half < in.end()) {
            long c = factor * out.end();
            double acc = 0;
            if (c - half >= in.start()) {
                int o = in.offsetOf(c - half);
                for (int k = 0; k < taps.length; k++) {
                    acc += taps[k] * x[o + k];
                }
            } else {
                for (int k = 0; k < taps.length; k++) {
                    acc += taps[k] * in.get(c - half + k);
                }
            }
            out.append((float) acc);
        }
    }

    /** Absolute input index the decimator still needs (everything before may be discarded). */
    public long oldestInputNeeded() {
        return factor * out.end() - half;
    }

    /** Low-pass FIR with cut-off {@code cutoff} × Nyquist of the output rate, Blackman window, unit DC gain. */
    private static float[] design(int half, double cutoff, int factor) {
        float[] h = new float[2 * half + 1];
        double sum = 0;
        double fc = cutoff / factor; // as a fraction of the input rate
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
