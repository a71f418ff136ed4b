# Praat's two-pass cc pitch at given times, for a frame-by-frame comparison with our tracker.
# Usage: praat --run pitch-at-times.praat SOUND TIMES
# TIMES is a text file with one time (s) per line. Prints "time f0" per line, f0 --undefined-- where Praat
# finds the frame unvoiced. Pass 1: 60-700 Hz; pass 2: 0.75 x q25 to 1.5 x q75 of pass 1 (Hirst 2011).
form Pitch at times
    sentence Sound_file
    sentence Times_file
endform

sound = Read from file: sound_file$
channels = Get number of channels
if channels > 1
    mono = Convert to mono
    removeObject: sound
    sound = mono
endif
pass1 = To Pitch (cc): 0, 60, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, 700
q25 = Get quantile: 0, 0, 0.25, "Hertz"
q75 = Get quantile: 0, 0, 0.75, "Hertz"
selectObject: sound
pitch = To Pitch (cc): 0, floor(0.75 * q25), 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, ceiling(1.5 * q75)
times = Read Strings from raw text file: times_file$
n = Get number of strings
writeInfoLine: "frames ", n
for i to n
    selectObject: times
    line$ = Get string: i
    time = number(line$)
    selectObject: pitch
    f0 = Get value at time: time, "Hertz", "linear"
    appendInfoLine: fixed$(time, 3), " ", fixed$(f0, 2)
endfor
