package io.interviewcoach.live.cues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.interviewcoach.config.CoachConfig;

/** The cue settings of the server, from {@code coach.cues.*}; live sessions build one {@link CueEngine} each. */
@ApplicationScoped
public class CueBeans {
    @Produces
    @Singleton
    CueSettings cueSettings(CoachConfig config) {
        return CueSettings.from(config);
    }
}
