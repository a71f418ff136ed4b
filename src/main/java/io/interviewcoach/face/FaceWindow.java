package io.interviewcoach.face;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Face measurements of one window (a report timeline entry); null when not measurable in the window.
 *
 * @param faceVisible     the subject's face was found in at least half the frames
 * @param visibleRatio    frames with the face / frames analysed
 * @param faces           most faces counted by one detection in the window
 * @param eyeContact      frames looking at the camera / frames with measurable gaze
 * @param headYawDeg      mean head yaw (+ = turned to image right)
 * @param headPitchDeg    mean head pitch (+ = up)
 * @param headRollDeg     mean head roll
 * @param gazeYawDeg      mean gaze yaw (head + eyes)
 * @param gazePitchDeg    mean gaze pitch relative to a straight look
 * @param smile           mean smile intensity 0..1
 * @param mouthOpen       mean inner-lip gap / mouth width
 * @param browRaise       mean brow raise 0..1
 * @param blinks          blinks that ended in this window
 * @param eyesClosedRatio frames with closed eyes / face frames
 * @param frames          per-frame observations for the overlay (not part of the report JSON)
 */
public record FaceWindow(Boolean faceVisible, Double visibleRatio, Integer faces, Double eyeContact, Double headYawDeg,
        Double headPitchDeg, Double headRollDeg, Double gazeYawDeg, Double gazePitchDeg, Double smile, Double mouthOpen,
        Double browRaise, Integer blinks, Double eyesClosedRatio, @JsonIgnore List<FaceFrame> frames) {
    public FaceWindow {
        frames = List.copyOf(frames);
    }
}
