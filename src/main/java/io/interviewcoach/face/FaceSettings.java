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
 * @param calibrateAtStart       take a per-user baseline over the first {@code calibrationSec} of the stream with a face
 *                               (off by default; a live session can also ask for one: {@link FaceAnalyzer#calibrateFrom})
 * @param calibrationSec         length of a baseline calibration span
 * @param minBaselineFrameShare  a baseline needs at least this share of the span's frames with a face and open eyes
 * @param maxBaselineYawDeg      a baseline whose look (head + eyes) points further than this to the side of the camera is not used
 * @param maxBaselinePitchDeg    … nor one that points further than this above or below it
 */
public record FaceSettings(double redetectIntervalSec, double minTrackingPresence, boolean countWithFullRange,
        double maxGazeYawDeg, double maxGazeUpDeg, double maxGazeDownDeg, double neutralHeadPitchDeg, double neutralGazeY,
        double eyeRotationGain, double downGazeOffset, double downLidDrop, double minLookDownSec, double closingEyeFactor, double closedEyeFactor, double defaultOpenEyeAspect, double minEyesClosedSec, double minLookAwaySec, double maxLookBackSec, double minNoFaceSec,
        double smileNeutralWidth, double smileWidthRange, double smileLiftRange, double smilingAt, double browRaiseRange,
        double smoothingMinCutoffHz, double smoothingBeta,
        boolean calibrateAtStart, double calibrationSec, double minBaselineFrameShare, double maxBaselineYawDeg,
        double maxBaselinePitchDeg) {
    /** Longest calibration span: a baseline is a few seconds of a neutral look, not a share of the answer. */
    public static final double MAX_CALIBRATION_SEC = 30;

    public FaceSettings {
        if (!(calibrationSec > 0 && calibrationSec <= MAX_CALIBRATION_SEC)) {
            throw new IllegalArgumentException("coach.face.calibration-sec must be above 0 and at most "
                    + MAX_CALIBRATION_SEC + " s, got " + calibrationSec);
        }
        if (!(minBaselineFrameShare >= 0 && minBaselineFrameShare <= 1)) {
            throw new IllegalArgumentException("coach.face.min-baseline-frame-share must be between 0 and 1, got "
                    + minBaselineFrameShare);
        }
    }

    public static FaceSettings defaults() {
        return new FaceSettings(1.0, 0.5, true,
                15, 20, 12, -8, -0.06,
                2.5, 0.04, 0.5, 0.3, 0.4, 0.6, 0.30, 0.4, 0.5, 0.2, 1.0,
                0.55, 0.15, 0.06, 0.5, 0.05,
                0.05, 20,
                false, 3.0, 0.5, 20, 25);
    }

    /** These settings with a baseline taken over the first {@code seconds} of the stream with a face. */
    public FaceSettings withBaselineSec(double seconds) {
        return new FaceSettings(redetectIntervalSec, minTrackingPresence, countWithFullRange, maxGazeYawDeg, maxGazeUpDeg,
                maxGazeDownDeg, neutralHeadPitchDeg, neutralGazeY, eyeRotationGain, downGazeOffset, downLidDrop, minLookDownSec,
                closingEyeFactor, closedEyeFactor, defaultOpenEyeAspect, minEyesClosedSec, minLookAwaySec, maxLookBackSec,
                minNoFaceSec, smileNeutralWidth, smileWidthRange, smileLiftRange, smilingAt, browRaiseRange,
                smoothingMinCutoffHz, smoothingBeta, true, seconds, minBaselineFrameShare, maxBaselineYawDeg, maxBaselinePitchDeg);
    }
}
