package io.interviewcoach.cli;

import java.io.PrintWriter;
import java.util.Locale;

import io.interviewcoach.analysis.MediaNotes;
import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.fusion.Scores;
import io.interviewcoach.fusion.feedback.Tip;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.report.Report;
import io.interviewcoach.speech.SpeechMetrics;
import io.interviewcoach.voice.VoiceMetrics;

/** The short human summary `analyze` prints: scores, the headline measurements, the first tips. */
final class ReportSummary {
    private static final int TIPS_SHOWN = 3;
    private final Report report;

    ReportSummary(Report report) {
        this.report = report;
    }

    void print(PrintWriter out) {
        var media = report.media();
        var analysis = report.analysis();
        out.println(String.format(Locale.ROOT, "%s: %s of media%s, %d frames analysed at %s fps in %.1f s",
                media.file(), seconds(media.durationSec()), endsEarly(media.durationSec(), analysis.analyzedDurationSec()),
                analysis.framesAnalyzed(), num(analysis.fps()), analysis.processingSec()));
        Scores s = report.scores();
        out.println(String.format(Locale.ROOT, "Scores: overall %s | body language %s | face & eye contact %s | voice %s | speech %s",
                score(s.overall()), score(s.bodyLanguage()), score(s.facialExpression()), score(s.vocalDelivery()),
                score(s.speechContent())));
        FaceMetrics f = report.metrics().face();
        if (f != null) {
            out.println(String.format(Locale.ROOT, "Face: visible %s, eye contact %s, blinks %s/min, long eye closures %s, smiling %s",
                    pct(f.visibleRatio()), pct(f.eyeContactRatio()), num(f.blinkRatePerMin()), count(f.eyesClosedEvents()),
                    pct(f.smileRatio())));
        }
        PostureMetrics p = report.metrics().posture();
        if (p != null) {
            out.println(String.format(Locale.ROOT, "Posture: tracked %s, posture %s, shoulders %s, head %s, fidgeting %s, gestures %s",
                    pct(p.visibleRatio()), score(p.postureScore()), score(p.shoulderAlignmentScore()),
                    score(p.headPositionScore()), score(p.fidgetingScore()), score(p.gestureScore())));
        }
        VoiceMetrics v = report.metrics().voice();
        if (v != null) {
            out.println(String.format(Locale.ROOT, "Voice: speaking %s, pitch %s Hz (variation %s st), %s syllables/s, pauses %s (long %s)",
                    pct(v.speechRatio()), num(v.pitchMedianHz()), num(v.pitchVariationSemitones()), num(v.syllablesPerSec()),
                    count(v.pauseCount()), count(v.longPauseCount())));
        }
        SpeechMetrics sp = report.metrics().speech();
        if (sp != null && sp.wordsPerMinute() != null) {
            out.println(String.format(Locale.ROOT, "Speech: %s words/min, %s fillers/min, %s hedges/min, vocabulary %s",
                    num(sp.wordsPerMinute()), num(sp.fillersPerMin()), num(sp.hedgesPerMin()), num(sp.vocabularyDiversity())));
        }
        report.notes().forEach(n -> out.println("Note: " + n));
        var tips = report.feedback().tips();
        for (int i = 0; i < Math.min(TIPS_SHOWN, tips.size()); i++) {
            Tip t = tips.get(i);
            out.println("Tip: " + t.message());
        }
        out.flush();
    }

    private static String score(Double v) {
        return v == null ? "n/a" : String.valueOf(Math.round(v));
    }

    private static String pct(Double v) {
        return v == null ? "n/a" : Math.round(v * 100) + "%";
    }

    private static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String count(Integer v) {
        return v == null ? "n/a" : String.valueOf(v);
    }

    /** ", only 6.6 s decoded" when the file ends before its header says (the notes say more). */
    private static String endsEarly(Double headerSec, Double analyzedSec) {
        if (headerSec == null || analyzedSec == null || headerSec - analyzedSec <= MediaNotes.TRUNCATION_TOLERANCE_SEC) {
            return "";
        }
        return String.format(Locale.ROOT, ", only %.1f s decoded", analyzedSec);
    }

    private static String seconds(Double v) {
        return v == null ? "unknown length" : String.format(Locale.ROOT, "%.1f s", v);
    }
}
