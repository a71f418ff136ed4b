package io.interviewcoach.speech;

/**
 * One recognized or captioned word, seconds from the start of the media. {@code word} is the display form
 * (captions keep their punctuation, e.g. "Americans,"); {@code conf} is the recognizer's confidence, null when
 * the source has none; {@code filler} marks lexical fillers ("um", filler "like", "you know", …).
 */
public record Word(String word, double start, double end, Double conf, boolean filler) {
    public Word {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("word must not be blank");
        }
        if (!(end >= start)) {
            throw new IllegalArgumentException("word '" + word + "' ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static Word of(String word, double start, double end) {
        return new Word(word, start, end, null, false);
    }

    public Word withFiller(boolean isFiller) {
        return isFiller == filler ? this : new Word(word, start, end, conf, isFiller);
    }

    public double mid() {
        return (start + end) / 2;
    }
}
