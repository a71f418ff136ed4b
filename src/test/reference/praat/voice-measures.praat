# Voice measures of one file, the way Praat's manual describes them, for comparison with our analyzer.
# Usage: praat --run voice-measures.praat FILE
# Prints one "name value" line per measure (Praat's --undefined-- where a measure has no value).
#
# Pitch: two passes (Hirst 2011; De Looze & Hirst 2008): a first cc pass 60-700 Hz, then floor = 0.75 x q25 and
# ceiling = 1.5 x q75 of the first pass. Jitter and shimmer (local) from the periodic cc point process with
# Praat's standard arguments (period floor 0.1 ms, ceiling 20 ms, maximum period factor 1.3, maximum amplitude
# factor 1.6). HNR: To Harmonicity (cc), mean over the file. Pauses: silent intervals between sounding ones
# (To TextGrid (silences), -25 dB, min silence 0.25 s, min sound 0.1 s).
form Voice measures
    sentence File
endform

sound = Read from file: file$
channels = Get number of channels
if channels > 1
    mono = Convert to mono
    removeObject: sound
    sound = mono
endif
duration = Get total duration

selectObject: sound
pass1 = To Pitch (cc): 0, 60, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, 700
q25 = Get quantile: 0, 0, 0.25, "Hertz"
q75 = Get quantile: 0, 0, 0.75, "Hertz"
median1 = Get quantile: 0, 0, 0.5, "Hertz"
floor = floor(0.75 * q25)
ceiling = ceiling(1.5 * q75)

selectObject: sound
pitch = To Pitch (cc): 0, floor, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, ceiling
median = Get quantile: 0, 0, 0.5, "Hertz"
p10 = Get quantile: 0, 0, 0.10, "Hertz"
p90 = Get quantile: 0, 0, 0.90, "Hertz"
voicedFrames = Count voiced frames

selectObject: sound, pitch
points = To PointProcess (cc)
jitter = Get jitter (local): 0, 0, 0.0001, 0.02, 1.3
selectObject: sound, points
shimmer = Get shimmer (local): 0, 0, 0.0001, 0.02, 1.3, 1.6

selectObject: sound
harmonicity = To Harmonicity (cc): 0.01, floor, 0.1, 1.0
hnr = Get mean: 0, 0

selectObject: sound
grid = To TextGrid (silences): 100, 0, -25, 0.25, 0.1, "silent", "sounding"
intervals = Get number of intervals: 1
pauses = 0
for i from 2 to intervals - 1
    label$ = Get label of interval: 1, i
    if label$ = "silent"
        pauses = pauses + 1
    endif
endfor

writeInfoLine: "durationSec ", fixed$(duration, 3)
appendInfoLine: "pitchFloorHz ", floor
appendInfoLine: "pitchCeilingHz ", ceiling
appendInfoLine: "onePassMedianHz ", fixed$(median1, 2)
appendInfoLine: "pitchMedianHz ", fixed$(median, 2)
appendInfoLine: "pitchP10Hz ", fixed$(p10, 2)
appendInfoLine: "pitchP90Hz ", fixed$(p90, 2)
appendInfoLine: "voicedFrames ", voicedFrames
appendInfoLine: "jitterPercent ", fixed$(100 * jitter, 3)
appendInfoLine: "shimmerPercent ", fixed$(100 * shimmer, 3)
appendInfoLine: "hnrDb ", fixed$(hnr, 2)
appendInfoLine: "pauseCount ", pauses
