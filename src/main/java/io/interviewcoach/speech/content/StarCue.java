package io.interviewcoach.speech.content;

/** A phrase that signals one part of a STAR story: component (situation|task|action|result), the cue, where. */
public record StarCue(String component, String cue, int wordIndex, double time) {
}
