package io.interviewcoach.voice;

import java.util.Arrays;
import java.util.List;

import io.interviewcoach.measure.Rounding;

/** Collects voiced-speech pitch into 100 ms slots; a finished slot becomes one contour point (its median). */
final class PitchContour {
    private static final int SLOTS_PER_SEC = 10;
    private static final double SLOT_SEC = 1.0 / SLOTS_PER_SEC;

    private final float[] slot = new float[16];
    private int count;
    private double slotEnd = Double.NaN;

    /** Adds the pitch at {@code t} (NaN: none), first closing the slots that end before it into {@code points}. */
    void add(double t, float hz, List<VoiceWindow.PitchPoint> points) {
        if (Double.isNaN(slotEnd)) {
            slotEnd = (Math.floor(t * SLOTS_PER_SEC) + 1) / SLOTS_PER_SEC;
        }
        while (t >= slotEnd) {
            if (count > 0) {
                float[] v = Arrays.copyOf(slot, count);
                Arrays.sort(v);
                points.add(new VoiceWindow.PitchPoint(Rounding.round(slotEnd - SLOT_SEC / 2, 3),
                        Math.round(v[v.length / 2] * 10) / 10.0));
            }
            count = 0;
            slotEnd += SLOT_SEC;
        }
        if (!Float.isNaN(hz) && count < slot.length) {
            slot[count++] = hz;
        }
    }
}
