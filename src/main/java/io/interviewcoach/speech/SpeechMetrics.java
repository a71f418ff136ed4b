package io.interviewcoach.speech;

/**
 * Whole-recording speech measurements (report `metrics.speech`); all null when there is no transcript.
 * Formulas and thresholds: docs/scoring.md (speech). The first five fields are the public contract.
 *
 * @param wordsPerMinute        words / (last word end − first word start), per minute
 * @param fillersPerMin         fillerCount / speaking span, per minute
 * @param vocabularyDiversity   MATTR (window 50 words) of the non-filler words, 0-1; null under 10 words
 * @param hedgesPerMin          hedgeCount / speaking span, per minute
 * @param contentRelevanceScore 0-100 talking-point coverage; null when the question is not known
 * @param wordCount             words in the transcript (lexical fillers included)
 * @param speakingSpanSec       first word start to last word end (extended over acoustic fillers outside it)
 * @param articulationRate      words / time inside speech runs (pauses over 0.5 s excluded), per minute
 * @param fillerCount           lexical fillers + acoustic filled pauses that overlap no recognized word
 * @param lexicalFillerCount    fillers found in the words
 * @param acousticFillerCount   acoustic filled pauses added (those overlapping no word)
 * @param hedgeCount            hedging phrases
 * @param weIRatio              we-forms / (we-forms + I-forms), 0-1; null when neither is said
 * @param repeatedWordCount     immediate word repetitions ("I I", "the the")
 * @param repeatedPhraseCount   immediate phrase repetitions of 2-4 words ("we need to we need to")
 * @param meanSentenceWords     mean non-filler words per sentence (punctuation, else pauses over 0.7 s)
 * @param starComponentsFound   STAR parts (situation, task, action, result) with at least one cue, 0-4
 */
public record SpeechMetrics(
        Double wordsPerMinute,
        Double fillersPerMin,
        Double vocabularyDiversity,
        Double hedgesPerMin,
        Double contentRelevanceScore,
        Integer wordCount,
        Double speakingSpanSec,
        Double articulationRate,
        Integer fillerCount,
        Integer lexicalFillerCount,
        Integer acousticFillerCount,
        Integer hedgeCount,
        Double weIRatio,
        Integer repeatedWordCount,
        Integer repeatedPhraseCount,
        Double meanSentenceWords,
        Integer starComponentsFound) {

    /** Nothing measurable: no recognizer model and no transcript. */
    public static SpeechMetrics unavailable() {
        return new SpeechMetrics(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
