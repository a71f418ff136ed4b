package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.interviewcoach.fusion.Capture;
import io.interviewcoach.fusion.Targets;
import io.interviewcoach.voice.SignalLevel;
import io.interviewcoach.voice.VoiceMetrics;

/**
 * The report notes that say why a category is null although its stream was there (nothing was captured in it)
 * and what to check; the rules themselves are {@link Capture}'s (docs/scoring.md, "Nothing captured").
 */
final class CaptureNotes {
    private CaptureNotes() {
    }

    static List<String> of(AnalyzerSet.Summaries s, Targets targets) {
        List<String> notes = new ArrayList<>();
        boolean noFace = s.face() != null && !Capture.faceFound(s.face().metrics());
        boolean noPerson = s.pose() != null && !Capture.personFound(s.pose().metrics());
        if (noFace && noPerson) {
            notes.add("No face and no person found in any frame, so facial expression and body language were not"
                    + " scored: is the camera covered, pointed away or in the dark?");
        } else if (noFace) {
            notes.add("No face found in any frame, so facial expression was not scored: is the camera covered,"
                    + " or is your face out of the picture?");
        } else if (noPerson) {
            notes.add("No upper body found in any frame, so body language was not scored: sit back so your head"
                    + " and shoulders are in the picture.");
        }
        if (s.voice() != null) {
            VoiceMetrics v = s.voice().metrics();
            SignalLevel level = s.voice().signal();
            if (!Capture.speechFound(v)) {
                notes.add(level != null && !level.aboveNoiseFloor()
                        ? "No speech captured: the audio track is " + (level.digitalSilence() ? "digitally silent"
                                : String.format(Locale.ROOT, "silent (its loudest second is %.0f dBFS, at or below"
                                        + " the %.0f dBFS noise floor)", level.loudestWindowDb(), level.noiseFloorDb()))
                                + ", so vocal delivery was not scored: is the microphone muted?"
                        : "No speech detected in the audio, so vocal delivery was not scored: is the right"
                                + " microphone selected?");
            } else if (Capture.clipped(v, targets)) {
                notes.add(String.format(Locale.ROOT, "The audio is clipped (%.1f %% of the samples at full scale),"
                        + " so voice clarity and volume were not scored: lower the microphone input gain.",
                        100 * v.clippingRatio()));
            }
        }
        return notes;
    }
}
