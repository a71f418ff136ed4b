package io.interviewcoach.job.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.analysis.AnalysisRequest;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.content.Question;
import io.interviewcoach.speech.content.QuestionBank;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.interviewcoach.speech.transcript.TranscriptFormatException;

/**
 * Turns a job's inputs into the {@link AnalysisRequest} `coach analyze` would build for the same file, transcript and
 * question with the configured settings (coach.analysis.*), so a job's report equals analyze's.
 */
@ApplicationScoped
public class JobRequests {
    /** How a pasted transcript is named in messages; its format is recognised from its content. */
    static final String TRANSCRIPT_NAME = "transcript";

    @Inject
    CoachConfig config;

    @Inject
    AnalysisSessionFactory sessions;

    private volatile QuestionBank bank;

    public AnalysisRequest request(Path file, String questionId, String transcript) {
        return new AnalysisRequest(file, config.analysis().fps(), config.analysis().windowSec(),
                config.analysis().maxFrameSide(), PoseModels.Variant.parse(config.analysis().poseModel()),
                transcript(transcript), question(questionId), null);
    }

    /**
     * The transcript of a caption file's text (WebVTT, SRT or a JSON word list, as `analyze --transcript` takes), or
     * null for none.
     *
     * @throws TranscriptFormatException when it is too large or not one of those formats
     */
    public Transcript transcript(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long max = sessions.settings().speech().maxTranscriptBytes();
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > max) {
            throw new TranscriptFormatException(TRANSCRIPT_NAME, 1, String.format(java.util.Locale.ROOT,
                    "it is %.1f MB, more than the %.1f MB a transcript may have (coach.speech.max-transcript-bytes)",
                    bytes / 1e6, max / 1e6));
        }
        return TranscriptFiles.parse(text, TRANSCRIPT_NAME);
    }

    /** The bank's question, or null for none; IllegalArgumentException naming the known ids when unknown. */
    public Question question(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        QuestionBank b = questionBank();
        return b.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown question '" + id + "'; known: "
                + String.join(", ", b.all().stream().map(Question::id).toList())));
    }

    /** How far a transcript's words may run past the end of the recording. */
    public double transcriptEndToleranceSec() {
        return sessions.settings().speech().transcriptEndToleranceSec();
    }

    private QuestionBank questionBank() {
        if (bank == null) {
            bank = config.questions().files().map(QuestionBank::fromFiles).orElseGet(QuestionBank::builtIn);
        }
        return bank;
    }
}
