package io.interviewcoach.fusion.feedback;

import io.interviewcoach.fusion.Band;
import io.interviewcoach.fusion.Measurement;
import io.interviewcoach.fusion.SubScore;

/** The words of tips, strengths and plan items; every number in them is the measured value. */
final class Advice {
    private Advice() {
    }

    static String tip(SubScore s, Measurement m) {
        String v = m.unit().format(m.value());
        String n = m.unit().number(m.value());
        Band.Side side = m.band().side(m.value());
        return switch (s) {
            case POSTURE -> "Sit upright with both shoulders level and your head above them; your posture scored " + v
                    + ".";
            case CALMNESS -> "Keep your hands still between gestures (rest them on the desk or in your lap) and avoid"
                    + " touching your face; calmness scored " + v + ".";
            case GESTURES -> "Use open-hand gestures inside the camera frame to underline key points; gestures scored "
                    + v + ".";
            case BODY_IN_FRAME -> "Frame yourself so head and shoulders stay in the picture; your upper body was"
                    + " visible " + v + " of the time.";
            case EYE_CONTACT -> "Look into the camera lens while you speak: you looked at it " + v
                    + " of the time. Glance away to think, then come back to the lens.";
            case EXPRESSION_VARIETY -> "Let your face move with what you say (raise your eyebrows on key points, react"
                    + " to your own story); expression variety scored " + v + ".";
            case SMILE -> "Smile when you greet and when you talk about things you enjoyed; you smiled " + v
                    + " of the time.";
            case ENGAGEMENT -> "Show more energy in your face and lean slightly towards the camera; engagement scored "
                    + v + ".";
            case BLINK_RATE -> side == Band.Side.ABOVE
                    ? "You blinked " + n + " times a minute (typical 8–32/min); frequent blinking often signals nerves or dry eyes,"
                            + " so take a slow breath before you answer."
                    : "You blinked only " + n + " times a minute (typical 8–32/min); a fixed stare can look tense, so relax your"
                            + " eyes.";
            case FACE_IN_FRAME -> "Keep your face in the frame and lit from the front; it was visible " + v
                    + " of the time.";
            case PACE -> side == Band.Side.ABOVE
                    ? "Slow down: you spoke at " + v + ". Pause briefly after each main point."
                    : "Pick up the pace a little: you spoke at " + v + ". Prepare your key points so the words come"
                            + " more readily.";
            case PITCH_VARIATION -> "Your pitch varied by " + v + ", which can sound monotone; stress key words and"
                    + " let your voice rise and fall.";
            case CLARITY -> "Speak a little louder and articulate the ends of words; voice clarity scored " + v + ".";
            case VOLUME_CONSISTENCY -> "Keep your volume steady and don't trail off at the end of sentences; volume"
                    + " consistency scored " + v + ".";
            case LONG_PAUSES -> "You had " + n + " long pauses per minute; outline your answer (situation, action, result)"
                    + " before you start so you don't lose the thread.";
            case SPEECH_RATIO -> side == Band.Side.ABOVE
                    ? "You spoke " + v + " of the time with hardly a pause; short pauses give the listener time to"
                            + " follow."
                    : "You were speaking only " + v + " of the time; fill the answer with a concrete example rather"
                            + " than long silences.";
            case FILLERS -> "You used " + n + " filler words per minute (\"um\", \"uh\", \"like\"); pause silently instead.";
            case RELEVANCE -> "Answer the question directly in your first sentence, then back it up with an example;"
                    + " relevance scored " + v + ".";
            case VOCABULARY -> "Vary your wording and use precise verbs (led, built, reduced); vocabulary diversity"
                    + " was " + v + ".";
            case HEDGES -> "Drop hedges such as \"I think\", \"maybe\", \"sort of\" (" + v
                    + "); state your points with confidence.";
        };
    }

    static String strength(SubScore s, Measurement m) {
        String v = m.unit().format(m.value());
        return switch (s) {
            case POSTURE -> "Upright, balanced posture (" + v + ").";
            case CALMNESS -> "Calm, composed body with little fidgeting (" + v + ").";
            case GESTURES -> "Natural, supportive gestures (" + v + ").";
            case EYE_CONTACT -> "Good eye contact: you looked at the camera " + v + " of the time.";
            case EXPRESSION_VARIETY -> "A lively, expressive face (" + v + ").";
            case SMILE -> "Friendly: you smiled " + v + " of the time.";
            case ENGAGEMENT -> "You came across as engaged (" + v + ").";
            case BLINK_RATE -> "Relaxed eyes: a natural blink rate of " + v + ".";
            case PACE -> "Comfortable speaking pace of " + v + ".";
            case PITCH_VARIATION -> "Expressive voice: your pitch varied by " + v + ".";
            case CLARITY -> "Clear, well-projected voice (" + v + ").";
            case VOLUME_CONSISTENCY -> "Steady volume throughout (" + v + ").";
            case LONG_PAUSES -> "Fluent delivery with few long pauses (" + v + ").";
            case SPEECH_RATIO -> "Good balance of speech and pauses: speaking " + v + " of the time.";
            case FILLERS -> "Few filler words: " + v + ".";
            case RELEVANCE -> "Your answer stayed on the question (" + v + ").";
            case VOCABULARY -> "Varied vocabulary (distinct-word share " + v + ").";
            case HEDGES -> "Confident wording with few hedges (" + v + ").";
            case BODY_IN_FRAME, FACE_IN_FRAME -> "Well framed: in the picture " + v + " of the time.";
        };
    }

    static String exercise(SubScore s) {
        return switch (s) {
            case POSTURE -> "Before each practice answer sit back in the chair, feet flat, shoulders level; record a"
                    + " 2-minute answer and check your posture on playback.";
            case CALMNESS -> "Record a 2-minute answer with your hands resting on the desk; allow yourself only"
                    + " deliberate gestures on key points.";
            case GESTURES -> "Practise an answer with one open-palm gesture for each of your three main points,"
                    + " kept inside the camera frame.";
            case BODY_IN_FRAME, FACE_IN_FRAME -> "Set the camera at eye level about an arm's length away with light in"
                    + " front of you; check head and shoulders in a 10-second test recording before each session.";
            case EYE_CONTACT -> "Put a small sticker next to your webcam lens and record a 2-minute answer speaking to"
                    + " it; look away only to think.";
            case EXPRESSION_VARIETY, ENGAGEMENT -> "Tell a story you are proud of to a friend on a video call and let"
                    + " your face react; then record the same story alone with the same energy.";
            case SMILE -> "Start every practice answer with a smile and a greeting; review the first 10 seconds of"
                    + " each recording.";
            case BLINK_RATE -> "Take three slow breaths before each practice answer and keep your gaze soft on the"
                    + " lens.";
            case PACE -> "Read a 140-word paragraph aloud in exactly one minute with a timer, then answer a question"
                    + " at that rhythm and record it.";
            case PITCH_VARIATION -> "Read a short story aloud exaggerating the rise and fall of your voice, then record"
                    + " an answer stressing one key word per sentence.";
            case CLARITY -> "Read aloud for 2 minutes a day, over-articulating consonants, at a volume for someone"
                    + " three metres away.";
            case VOLUME_CONSISTENCY -> "Record an answer keeping the last words of each sentence as loud as the first;"
                    + " mark any trailing off on playback.";
            case LONG_PAUSES -> "Before answering, jot three bullet points (situation, action, result); record a"
                    + " 2-minute answer and check for pauses over 3 seconds.";
            case SPEECH_RATIO -> "Prepare two concrete examples per common question and record a 2-minute answer that"
                    + " uses one of them fully.";
            case FILLERS -> "Record a 2-minute answer and pause silently instead of saying 'um'; count the fillers on"
                    + " playback.";
            case RELEVANCE -> "Answer with STAR: the situation in one sentence, then your action and a measurable"
                    + " result; record a 2-minute answer.";
            case VOCABULARY -> "List ten precise verbs for your achievements (led, built, reduced …) and use three of"
                    + " them in your next recorded answer.";
            case HEDGES -> "Write out three of your answers, strike every 'I think', 'maybe' and 'kind of', and record"
                    + " them.";
        };
    }
}
