package io.interviewcoach.speech;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.speech.content.Question;
import io.interviewcoach.speech.recognition.SpeechRecognizer;
import io.interviewcoach.speech.recognition.VoskSpeechModel;
import io.interviewcoach.voice.FilledPause;
import io.interviewcoach.measure.Rounding;

/**
 * What is said: words with timings from a streaming recognizer (Vosk) fed each window's audio, or from a transcript
 * loaded beforehand (captions or JSON), sliced into the windows. Per window: word count, trailing speaking rate,
 * fillers, text. At the end: {@link TranscriptAnalyzer} metrics, events and content analysis.
 *
 * <p>The voice analyzer's acoustic filled pauses are only complete at the end of the stream, and
 * {@link #finish()} takes no arguments, so hand them over with {@link #withAcousticFillers(List)} before
 * {@code finish()}, or call {@link #finish(List)}. One instance per stream; it owns its recognizer and closes it
 * in {@code finish()}, or in {@link #close()} when a stream is abandoned.
 */
public final class SpeechAnalyzer implements StreamAnalyzer<SpeechWindow, SpeechSummary>, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SpeechAnalyzer.class);
    /** Words before a window that give the filler rules their context. */
    private static final double FILLER_CONTEXT_SEC = 10.0;

    private final SpeechSettings settings;
    private final TranscriptAnalyzer transcriptAnalyzer;
    private final Question question;
    private final SpeechRecognizer recognizer;
    private final Transcript preloaded;
    private final List<Word> preloadedFlagged;
    private final String unavailableReason;

    private final List<Word> finishedWords = new ArrayList<>();
    private List<Word> partialWords = List.of();
    private List<FilledPause> acousticFillers = List.of();
    private Double streamStart;
    private int failedChunks;
    private boolean done;

    private SpeechAnalyzer(SpeechRecognizer recognizer, Transcript preloaded, String unavailableReason, Question question,
            SpeechSettings settings) {
        this.settings = settings;
        this.transcriptAnalyzer = new TranscriptAnalyzer(settings);
        this.question = question;
        this.recognizer = recognizer;
        this.preloaded = preloaded;
        this.preloadedFlagged = preloaded == null ? null : transcriptAnalyzer.flagFillers(
                Transcript.of(preloaded.source(), preloaded.words()).words());
        this.unavailableReason = unavailableReason;
    }

    /** Streaming recognition of each window's audio; {@code question} may be null. */
    public static SpeechAnalyzer withRecognizer(SpeechRecognizer recognizer, Question question, SpeechSettings settings) {
        return new SpeechAnalyzer(recognizer, null, null, question, settings);
    }

    /** Words from an existing transcript (timings in media seconds); {@code question} may be null. */
    public static SpeechAnalyzer withTranscript(Transcript transcript, Question question, SpeechSettings settings) {
        return new SpeechAnalyzer(null, transcript, null, question, settings);
    }

    /** No transcript source: every window and metric is null and the summary says why. */
    public static SpeechAnalyzer unavailable(String reason, SpeechSettings settings) {
        return new SpeechAnalyzer(null, null, reason, null, settings);
    }

    /**
     * The usual choice: a given transcript wins; else a recognizer from the loaded Vosk model; else unavailable
     * with the command that fetches the model. Both {@code model} and {@code transcript} may be null.
     */
    public static SpeechAnalyzer create(VoskSpeechModel model, Transcript transcript, Question question,
            SpeechSettings settings) {
        if (transcript != null) {
            return withTranscript(transcript, question, settings);
        }
        if (model != null) {
            return withRecognizer(model.newRecognizer(settings.recognizerChunkSec()), question, settings);
        }
        return unavailable("no speech recognition model (vosk-small-en-us) is installed and no transcript was given: "
                + "fetch the model with 'coach models pull vosk-small-en-us' or pass --transcript FILE", settings);
    }

    /** The voice analyzer's filled pauses, merged into the filler count at {@link #finish()}. */
    public SpeechAnalyzer withAcousticFillers(List<FilledPause> fillers) {
        this.acousticFillers = fillers == null ? List.of() : List.copyOf(fillers);
        return this;
    }

    @Override
    public SpeechWindow analyze(MediaWindow window) {
        if (unavailableReason != null) {
            return SpeechWindow.unavailable();
        }
        if (streamStart == null) {
            streamStart = window.startSec();
        }
        String partialText = null;
        List<Word> known;
        if (recognizer != null) {
            if (window.hasAudio()) {
                try {
                    SpeechRecognizer.Update update = recognizer.accept(window.audio());
                    finishedWords.addAll(update.finished());
                    partialWords = update.partialWords();
                    partialText = update.partialText();
                } catch (RuntimeException e) {
                    failedChunks++;
                    LOG.warnf("speech recognition failed on window %d (%.2f-%.2f s), skipped: %s", window.index(),
                            window.startSec(), window.endSec(), e.toString());
                }
            }
            known = recentFlagged(window.startSec() - Math.max(FILLER_CONTEXT_SEC, settings.trailingRateSec()));
        } else {
            known = preloadedFlagged;
        }
        return windowOf(known, window.startSec(), window.endSec(), partialText);
    }

    private List<Word> recentFlagged(double fromSec) {
        List<Word> recent = new ArrayList<>();
        for (int i = finishedWords.size() - 1; i >= 0 && finishedWords.get(i).end() >= fromSec; i--) {
            recent.add(0, finishedWords.get(i));
        }
        recent.addAll(partialWords);
        return transcriptAnalyzer.flagFillers(recent);
    }

    /** Window statistics from words sorted by start time. */
    private SpeechWindow windowOf(List<Word> words, double start, double end, String partialText) {
        int count = 0;
        int fillers = 0;
        int trailing = 0;
        double trailingSec = Math.min(settings.trailingRateSec(), end - streamStart);
        List<String> text = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(words, Math.min(start, end - trailingSec)); i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() >= end) {
                break;
            }
            if (w.start() >= start) {
                count++;
                fillers += w.filler() ? 1 : 0;
                text.add(w.word());
            }
            if (w.start() >= end - trailingSec) {
                trailing++;
            }
        }
        Double wpm = trailingSec >= 1.0 - 1e-9 ? Rounding.round(trailing * 60.0 / trailingSec, 1) : null;
        return new SpeechWindow(count, wpm, fillers, String.join(" ", text),
                partialText == null || partialText.isEmpty() ? null : partialText);
    }

    private static int firstStartingAtOrAfter(List<Word> words, double t) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public SpeechSummary finish() {
        if (done) {
            throw new IllegalStateException("finish() was already called for this stream, or the analyzer was closed");
        }
        done = true;
        if (unavailableReason != null) {
            return SpeechSummary.unavailable(unavailableReason);
        }
        Transcript transcript = preloaded;
        if (recognizer != null) {
            try {
                finishedWords.addAll(recognizer.finish());
            } catch (RuntimeException e) {
                failedChunks++;
                LOG.warnf("speech recognition failed at the end of the stream: %s", e.toString());
            } finally {
                recognizer.close();
            }
            transcript = Transcript.of(recognizer.source(), finishedWords);
            if (failedChunks > 0) {
                LOG.warnf("speech recognition failed on %d chunk(s); the transcript misses those parts", failedChunks);
            }
        }
        return transcriptAnalyzer.analyze(transcript, acousticFillers, question);
    }

    /** Frees the recognizer of a stream abandoned before {@link #finish()} (finish closes it otherwise). */
    @Override
    public void close() {
        if (recognizer != null && !done) {
            done = true;
            recognizer.close();
        }
    }

    /** {@link #withAcousticFillers(List)} then {@link #finish()}. */
    public SpeechSummary finish(List<FilledPause> acoustic) {
        return withAcousticFillers(acoustic).finish();
    }
}
