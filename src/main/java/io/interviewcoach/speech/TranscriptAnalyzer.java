package io.interviewcoach.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.speech.content.ContentAnalysis;
import io.interviewcoach.speech.content.Question;
import io.interviewcoach.speech.content.RelevanceScorer;
import io.interviewcoach.speech.content.StarAnalysis;
import io.interviewcoach.speech.content.StarCue;
import io.interviewcoach.speech.content.StarCueDetector;
import io.interviewcoach.speech.text.FillerDetector;
import io.interviewcoach.speech.text.HedgeDetector;
import io.interviewcoach.speech.text.Mattr;
import io.interviewcoach.speech.text.RepetitionDetector;
import io.interviewcoach.speech.text.SentenceSplitter;
import io.interviewcoach.speech.text.Span;
import io.interviewcoach.speech.text.TokenSequence;
import io.interviewcoach.voice.FilledPause;
import io.interviewcoach.measure.Rounding;

/**
 * Turns a whole transcript (plus the voice analyzer's acoustic filled pauses and the question, when known) into
 * the speech metrics, events and content analysis. Pure and deterministic; formulas in docs/scoring.md (speech).
 */
public final class TranscriptAnalyzer {
    private static final Set<String> WE_FORMS = Set.of("we", "us", "our", "ours", "ourselves", "we're", "we've",
            "we'll", "we'd");
    private static final Set<String> I_FORMS = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd");
    /** A three-word phrase said this often is reported as recurring. */
    static final int RECURRING_PHRASE_MIN = 3;

    private final SpeechSettings settings;
    private final FillerDetector fillers = new FillerDetector();
    private final HedgeDetector hedges = new HedgeDetector();
    private final RepetitionDetector repetitions = new RepetitionDetector();
    private final RelevanceScorer relevance = new RelevanceScorer();
    private final StarCueDetector star = new StarCueDetector();

    public TranscriptAnalyzer(SpeechSettings settings) {
        this.settings = settings;
    }

    /** The words with their lexical filler flags set (used for live windows too). */
    public List<Word> flagFillers(List<Word> words) {
        TokenSequence t = new TokenSequence(words, settings.sentencePauseSec());
        boolean[] mask = mask(t.size(), fillers.detect(t));
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.add(words.get(i).withFiller(mask[i]));
        }
        return out;
    }

    public SpeechSummary analyze(Transcript transcript, List<FilledPause> acousticFillers, Question question) {
        List<Word> sorted = transcript.words().stream().sorted(Comparator.comparingDouble(Word::start)).toList();
        TokenSequence t = new TokenSequence(sorted, settings.sentencePauseSec());
        List<Span> fillerSpans = fillers.detect(t);
        boolean[] filler = mask(t.size(), fillerSpans);
        List<Word> flagged = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            flagged.add(sorted.get(i).withFiller(filler[i]));
        }
        Transcript out = new Transcript(transcript.source(), transcript.text(), flagged);
        if (flagged.isEmpty()) {
            return new SpeechSummary(SpeechMetrics.unavailable(), out, List.of(), null, List.of(),
                    "no words were recognized in the audio");
        }

        List<Span> hedgeSpans = hedges.detect(t, fillerSpans);
        List<FilledPause> addedAcoustic = acousticOutsideWords(acousticFillers, flagged);
        RepetitionDetector.Repetitions reps = repetitions.immediate(t, filler);

        double first = flagged.get(0).start();
        double last = flagged.stream().mapToDouble(Word::end).max().orElse(first);
        for (FilledPause p : addedAcoustic) {
            first = Math.min(first, p.start());
            last = Math.max(last, p.end());
        }
        double span = last - first;
        boolean rateMeasurable = span >= settings.minSpanSec();
        double minutes = span / 60.0;
        int n = flagged.size();
        int fillerCount = fillerSpans.size() + addedAcoustic.size();

        List<String> contentTokens = new ArrayList<>();
        int we = 0;
        int me = 0;
        for (int i = 0; i < n; i++) {
            if (!filler[i] && !t.norm(i).isEmpty()) {
                contentTokens.add(t.norm(i));
                we += WE_FORMS.contains(t.norm(i)) ? 1 : 0;
                me += I_FORMS.contains(t.norm(i)) ? 1 : 0;
            }
        }

        Double relevanceScore = null;
        ContentAnalysis content;
        StarAnalysis starAnalysis = star.analyze(t, filler, question == null ? null : question.star());
        if (question != null) {
            RelevanceScorer.Relevance r = relevance.score(t, filler, question);
            relevanceScore = r.score();
            content = new ContentAnalysis(question.id(), question.text(), relevanceScore, r.talkingPoints(), starAnalysis);
        } else {
            content = new ContentAnalysis(null, null, null, List.of(), starAnalysis);
        }

        SpeechMetrics metrics = new SpeechMetrics(
                rateMeasurable ? Rounding.round(n / minutes, 1) : null,
                rateMeasurable ? Rounding.round(fillerCount / minutes, 2) : null,
                Rounding.round(Mattr.of(contentTokens, settings.mattrWindow(), settings.minWordsForDiversity()), 3),
                rateMeasurable ? Rounding.round(hedgeSpans.size() / minutes, 2) : null,
                relevanceScore,
                n,
                Rounding.round(span, 2),
                articulationRate(flagged),
                fillerCount,
                fillerSpans.size(),
                addedAcoustic.size(),
                hedgeSpans.size(),
                we + me == 0 ? null : Rounding.round(we / (double) (we + me), 3),
                reps.words().size(),
                reps.phrases().size(),
                meanSentenceWords(t, filler),
                starAnalysis.found().size());

        List<ReportEvent> events = new ArrayList<>();
        for (Span s : fillerSpans) {
            events.add(spanEvent(EventType.FILLER, t, s, Map.of("word", s.label(), "source", "lexical")));
        }
        for (FilledPause p : addedAcoustic) {
            events.add(new ReportEvent(EventType.FILLER, p.start(), p.end(),
                    Map.of("word", "(filled pause)", "source", "acoustic", "confidence", p.confidence())));
        }
        for (Span s : hedgeSpans) {
            events.add(spanEvent(EventType.HEDGE, t, s, Map.of("phrase", s.label())));
        }
        for (Span s : reps.words()) {
            events.add(spanEvent(EventType.REPETITION, t, new Span(previousContent(filler, s.from()), s.to(), s.label()),
                    Map.of("repeated", s.label(), "kind", "word")));
        }
        for (Span s : reps.phrases()) {
            events.add(spanEvent(EventType.REPETITION, t, s, Map.of("repeated", s.label(), "kind", "phrase")));
        }
        for (StarCue c : starAnalysis.cues()) {
            Word w = flagged.get(c.wordIndex());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("component", c.component());
            detail.put("cue", c.cue());
            detail.put("wordIndex", c.wordIndex());
            events.add(new ReportEvent(EventType.STAR_CUE, w.start(), w.end(), detail));
        }
        events.sort(Comparator.comparingDouble(ReportEvent::start));
        return new SpeechSummary(metrics, out, events, content,
                repetitions.recurringPhrases(t, filler, RECURRING_PHRASE_MIN), null);
    }

    private static int previousContent(boolean[] filler, int i) {
        int k = i - 1;
        while (k > 0 && filler[k]) {
            k--;
        }
        return k;
    }

    /**
     * Acoustic filled pauses that overlap no recognized word. One overlapping a lexical filler is that filler
     * (counted once, as lexical); one overlapping another word is part of that word (a drawn-out "so-o"), not
     * an extra filler. Acoustic detections that overlap each other are one filler.
     */
    static List<FilledPause> acousticOutsideWords(List<FilledPause> acoustic, List<Word> words) {
        if (acoustic == null || acoustic.isEmpty()) {
            return List.of();
        }
        List<FilledPause> merged = new ArrayList<>();
        for (FilledPause p : acoustic.stream().sorted(Comparator.comparingDouble(FilledPause::start)).toList()) {
            if (!(p.end() > p.start())) {
                continue;
            }
            FilledPause prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && p.start() < prev.end()) {
                merged.set(merged.size() - 1, new FilledPause(prev.start(), Math.max(prev.end(), p.end()),
                        Math.max(prev.confidence(), p.confidence())));
            } else {
                merged.add(p);
            }
        }
        List<FilledPause> out = new ArrayList<>();
        for (FilledPause p : merged) {
            boolean overlaps = words.stream().anyMatch(w -> p.start() < w.end() && p.end() > w.start());
            if (!overlaps) {
                out.add(p);
            }
        }
        return out;
    }

    /** Words per minute of time spent inside speech runs; a gap longer than the articulation pause ends a run. */
    Double articulationRate(List<Word> words) {
        double speaking = 0;
        double runStart = words.get(0).start();
        double runEnd = words.get(0).end();
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() - runEnd > settings.articulationPauseSec()) {
                speaking += runEnd - runStart;
                runStart = w.start();
            }
            runEnd = Math.max(runEnd, w.end());
        }
        speaking += runEnd - runStart;
        return speaking < settings.minSpanSec() ? null : Rounding.round(words.size() / (speaking / 60.0), 1);
    }

    private Double meanSentenceWords(TokenSequence t, boolean[] filler) {
        int sentences = 0;
        int words = 0;
        for (Span s : SentenceSplitter.split(t, settings.sentencePauseSec())) {
            int count = 0;
            for (int i = s.from(); i < s.to(); i++) {
                count += filler[i] || t.norm(i).isEmpty() ? 0 : 1;
            }
            if (count > 0) {
                sentences++;
                words += count;
            }
        }
        return sentences == 0 ? null : Rounding.round(words / (double) sentences, 2);
    }

    private static ReportEvent spanEvent(EventType type, TokenSequence t, Span s, Map<String, Object> detail) {
        return new ReportEvent(type, t.word(s.from()).start(), t.word(s.to() - 1).end(), detail);
    }

    static boolean[] mask(int n, List<Span> spans) {
        boolean[] m = new boolean[n];
        for (Span s : spans) {
            for (int i = s.from(); i < s.to(); i++) {
                m[i] = true;
            }
        }
        return m;
    }



}
