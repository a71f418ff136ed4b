package io.interviewcoach.live.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.measure.Rounding;

/**
 * Capture problems the candidate can fix (docs/protocol.md, warnings): each needs to hold for a few windows in a
 * row, and each code is sent at most once per {@link #REPEAT_AFTER_SEC} of media.
 */
final class WarningMonitor {
    static final double REPEAT_AFTER_SEC = 15;
    private static final int WINDOWS_TO_HOLD = 2;
    /** Mean luma (0-255) below which a frame is too dark for the face models. */
    static final double DARK_LUMA = 40;
    /** Level of voiced speech (dBFS RMS) below which the microphone is too quiet, above which too loud. */
    static final double QUIET_DB = -42;
    static final double LOUD_DB = -8;
    /** Share of samples at full scale that counts as clipping. */
    static final double CLIPPED_SHARE = 0.001;

    private final Map<String, Integer> held = new HashMap<>();
    private final Map<String, Double> lastSent = new HashMap<>();

    List<ServerMessage.Warning> check(WindowResults r) {
        List<ServerMessage.Warning> out = new ArrayList<>();
        double t = Rounding.round(r.startSec(), 3);
        var face = r.face();
        condition(out, t, "noFace", face != null && Boolean.FALSE.equals(face.faceVisible()),
                "No face in view: sit centred in front of the camera");
        condition(out, t, "severalPeople", face != null && face.faces() != null && face.faces() > 1,
                "More than one person in view: the analysis follows one face");
        Double luma = meanLuma(r.window().frames());
        condition(out, t, "tooDark", luma != null && luma < DARK_LUMA, "The picture is too dark: add light in front of you");
        var voice = r.voice();
        Double db = voice == null ? null : voice.loudnessDb();
        condition(out, t, "tooQuiet", db != null && db < QUIET_DB, "Your voice is very quiet: move closer to the microphone");
        condition(out, t, "tooLoud", db != null && db > LOUD_DB, "Your voice is very loud: move back from the microphone");
        condition(out, t, "clipping", r.window().hasAudio() && clippedShare(r.window().audio().samples()) > CLIPPED_SHARE,
                "The microphone is clipping: lower its input level");
        return out;
    }

    private void condition(List<ServerMessage.Warning> out, double t, String code, boolean holds, String message) {
        int n = holds ? held.merge(code, 1, Integer::sum) : 0;
        if (!holds) {
            held.remove(code);
            return;
        }
        Double last = lastSent.get(code);
        if (n >= WINDOWS_TO_HOLD && (last == null || t - last >= REPEAT_AFTER_SEC)) {
            lastSent.put(code, t);
            out.add(new ServerMessage.Warning(code, message, t));
        }
    }

    private static Double meanLuma(List<VideoFrame> frames) {
        if (frames.isEmpty()) {
            return null;
        }
        VideoFrame f = frames.get(frames.size() - 1);
        byte[] bgr = f.bgr();
        long sum = 0;
        int n = 0;
        for (int i = 0; i + 2 < bgr.length; i += 3 * 31) {
            sum += (114 * (bgr[i] & 0xFF) + 587 * (bgr[i + 1] & 0xFF) + 299 * (bgr[i + 2] & 0xFF)) / 1000;
            n++;
        }
        return n == 0 ? null : sum / (double) n;
    }

    private static double clippedShare(float[] samples) {
        int clipped = 0;
        for (float s : samples) {
            if (Math.abs(s) >= 0.999f) {
                clipped++;
            }
        }
        return samples.length == 0 ? 0 : clipped / (double) samples.length;
    }
}
