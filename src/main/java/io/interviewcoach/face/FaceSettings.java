package io.interviewcoach.face;

/**
 * Tunable constants of the face analyzer (docs/scoring.md (face) explains each).
 *
 * @param redetectIntervalSec    run the detectors at least this often while tracking (catches new faces, counts people)
 * @param minTrackingPresence    face-mesh presence below this = tracking lost, detect again
 * @param countWithFullRange     also run the full-range detector when detecting, to count small/distant faces
 * @param maxGazeYawDeg          eye contact: |head yaw + eye yaw| at most this
 * @param maxGazeUpDeg           eye contact: head pitch + eye pitch (after the neutral offsets) at most this far above the camera
 * @param maxGazeDownDeg         … and at most this far below it (looking down breaks contact sooner than looking up)
 * @param neutralHeadPitchDeg    head pitch the mesh reports for a face looking straight at the camera
 * @param neutralGazeY           iris vertical offset (per eye width) of a straight look (iris centre sits above the corner line)
 * @param eyeRotationGain        sin(eye rotation) per unit of iris offset / eye width: eye width 30 mm / eyeball radius 12 mm
 * @param downGazeOffset         iris offset below the person's straight look (per eye width) that alone means looking down
 * @param downLidDrop            lid drop (1 - aperture / open aperture) that alone means looking down; the two add up
 * @param minLookDownSec         a look down counts from this long (shorter: the lids of a blink), before that no gaze is judged
 * @param closingEyeFactor       a closure starts when the aperture falls below this fraction of the person's open aperture …
 * @param closedEyeFactor        … and lasts while it stays below this fraction
 * @param defaultOpenEyeAspect   open-eye aspect ratio assumed until enough frames are seen
 * @param minEyesClosedSec       a closure at least this long is an eyesClosed event, shorter ones are blinks
 * @param minLookAwaySec         shortest lookedAway event
 * @param maxLookBackSec         a lookedAway event survives looks back at the camera this short (gaze noise, eyes roving)
 * @param minNoFaceSec           shortest noFace event
 * @param smileNeutralWidth      mouth width / eye-corner distance of a neutral mouth
 * @param smileWidthRange        extra width that counts as a full smile
 * @param smileLiftRange         mouth-corner lift (per eye-corner distance) that counts as a full smile
 * @param smilingAt              smile intensity from which a frame counts as smiling
 * @param browRaiseRange         brow height above the person's median that counts as a full raise
 * @param smoothingMinCutoffHz   One-Euro filter of the landmarks: cutoff when still
 * @param smoothingBeta          One-Euro speed coefficient (speed in face sizes per second)
 */
public record FaceSettings(double redetectIntervalSec, double minTrackingPresence, boolean countWithFullRange,
        double maxGazeYawDeg, double maxGazeUpDeg, double maxGazeDownDeg, double neutralHeadPitchDeg, double neutralGazeY,
        double eyeRotationGain, double downGazeOffset, double downLidDrop, double minLookDownSec, double closingEyeFactor, double closedEyeFactor, double defaultOpenEyeAspect, double minEyesClosedSec, double minLookAwaySec, double maxLookBackSec, double minNoFaceSec,
        double smileNeutralWidth, double smileWidthRange, double smileLiftRange, double smilingAt, double browRaiseRange,
        double smoothingMinCutoffHz, double smoothingBeta) {

    public static FaceSettings defaults() {
        return new FaceSettings(1.0, 0.5, true,
                15, 20, 12, -8, -0.06,
                2.5, 0.04, 0.5, 0.3, 0.4, 0.6, 0.30, 0.4, 0.5, 0.2, 1.0,
                0.55, 0.15, 0.06, 0.5, 0.05,
                0.05, 20);
    }
}
