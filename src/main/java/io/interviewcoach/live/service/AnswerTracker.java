package io.interviewcoach.live.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.live.protocol.AnswerSummary;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.stats.RunningStats;

/**
 * The answers of a session: a question message starts one at the current media time (ending the previous one), an
 * answerFinished message ends it. Each analysed window counts toward the answers it overlaps by at least half; an
 * answer's summary is ready once the windows up to its end were analysed. Thread-safe: control messages and window
 * results come from different threads.
 */
final class AnswerTracker {
    private final List<Span> answers = new ArrayList<>();
    private final List<ServerMessage.Answer> finished = new ArrayList<>();

    synchronized void begin(String questionId, double t) {
        end(t);
        answers.add(new Span(answers.size(), questionId, t));
    }

    synchronized void end(double t) {
        if (!answers.isEmpty()) {
            Span last = answers.get(answers.size() - 1);
            if (last.end == null) {
                last.end = Math.max(last.start, t);
            }
        }
    }

    /** Adds the window to its answers; returns the answers that are now complete. */
    synchronized List<ServerMessage.Answer> onWindow(WindowResults r, Integer fillersInWindow) {
        double overlapNeeded = (r.endSec() - r.startSec()) / 2;
        for (Span a : answers) {
            double spanEnd = a.end == null ? Double.POSITIVE_INFINITY : a.end;
            double overlap = Math.min(spanEnd, r.endSec()) - Math.max(a.start, r.startSec());
            if (!a.reported && overlap >= overlapNeeded - 1e-9) {
                a.stats.add(r, fillersInWindow);
            }
        }
        return complete(r.endSec());
    }

    /** At the end of the session: the open answer ends at {@code mediaEndSec}; every answer not yet sent. */
    synchronized List<ServerMessage.Answer> finishAll(double mediaEndSec) {
        end(mediaEndSec);
        return complete(Double.POSITIVE_INFINITY);
    }

    /** Every answer summarised so far, for the report's {@code answers} section. */
    synchronized List<ServerMessage.Answer> sections() {
        return List.copyOf(finished);
    }

    private List<ServerMessage.Answer> complete(double analysedUpTo) {
        List<ServerMessage.Answer> done = new ArrayList<>();
        for (Span a : answers) {
            if (!a.reported && a.end != null && a.end <= analysedUpTo + 1e-9) {
                a.reported = true;
                ServerMessage.Answer m = new ServerMessage.Answer(a.index, a.questionId, Rounding.round(a.start, 3),
                        Rounding.round(a.end, 3), a.stats.summary(a.end - a.start));
                finished.add(m);
                done.add(m);
            }
        }
        return done;
    }

    private static final class Span {
        final int index;
        final String questionId;
        final double start;
        Double end;
        boolean reported;
        final Stats stats = new Stats();

        Span(int index, String questionId, double start) {
            this.index = index;
            this.questionId = questionId;
            this.start = start;
        }
    }

    private static final class Stats {
        int windows;
        final RunningStats eyeContact = new RunningStats();
        final RunningStats faceVisible = new RunningStats();
        final RunningStats posture = new RunningStats();
        final RunningStats speech = new RunningStats();
        final RunningStats wpm = new RunningStats();
        final RunningStats loudness = new RunningStats();
        final List<Double> pitch = new ArrayList<>();
        Integer fillers;

        void add(WindowResults r, Integer fillersInWindow) {
            windows++;
            if (r.face() != null) {
                eyeContact.add(r.face().eyeContact());
                faceVisible.add(r.face().faceVisible() == null ? null : r.face().faceVisible() ? 1.0 : 0.0);
            }
            if (r.pose() != null) {
                posture.add(r.pose().postureScore());
            }
            if (r.voice() != null) {
                speech.add(r.voice().speechRatio());
                loudness.add(r.voice().loudnessDb());
                if (r.voice().pitchHz() != null) {
                    pitch.add(r.voice().pitchHz());
                }
            }
            if (r.speech() != null) {
                wpm.add(r.speech().wordsPerMinute());
            }
            if (fillersInWindow != null) {
                fillers = (fillers == null ? 0 : fillers) + fillersInWindow;
            }
        }

        AnswerSummary summary(double durationSec) {
            return new AnswerSummary(Rounding.round(durationSec, 3), windows, mean(eyeContact), mean(faceVisible),
                    mean(posture), mean(speech), mean(wpm), fillers, median(pitch), mean(loudness));
        }

        private static Double mean(RunningStats s) {
            return s.count() == 0 ? null : s.mean();
        }

        private static Double median(List<Double> values) {
            if (values.isEmpty()) {
                return null;
            }
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(v);
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }
}
