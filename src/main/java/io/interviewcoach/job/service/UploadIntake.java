package io.interviewcoach.job.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.job.JobsConfig;
import io.interviewcoach.job.store.JobStore;
import io.interviewcoach.job.store.NewJob;
import io.interviewcoach.media.MediaException;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.interviewcoach.speech.transcript.TranscriptFormatException;
import io.interviewcoach.speech.transcript.TranscriptMismatchException;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;

/**
 * Accepts an uploaded recording as a job, or refuses it with the reason: too large (413), not a recording by its
 * content (415), a recording FFmpeg cannot open (422), a bad transcript or question (400). An accepted file moves into
 * the upload folder and its job is queued; blocking (file system, FFmpeg): call it off the event loop.
 */
@ApplicationScoped
public class UploadIntake {
    @Inject
    JobsConfig config;

    @Inject
    JobStore store;

    @Inject
    JobRequests requests;

    @Inject
    UploadFiles uploads;

    @Inject
    JobWorker worker;

    /** A queued job and the token that owns it (shown once, stored only as its hash). */
    public record Accepted(UUID id, String token) {
    }

    /**
     * @param upload the framework's temporary file; {@code fileName} the name the client gave it
     * @param ownerId the owner the job joins (its owner token came with the upload), null for none
     */
    public Accepted accept(Path upload, String fileName, long bytes, String questionId, String transcriptText,
            UUID ownerId) {
        long max = config.maxUploadBytes().asLongValue();
        if (bytes > max) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, String.format(Locale.ROOT,
                    "The recording is %.1f MB; at most %.1f MB are accepted (coach.jobs.max-upload-bytes)",
                    bytes / 1048576.0, max / 1048576.0));
        }
        String mediaType = sniff(upload);
        Double durationSec = probe(upload);
        Transcript transcript = transcript(transcriptText, durationSec, fileName);
        question(questionId);
        UUID id = UUID.randomUUID();
        String token = BearerToken.generate();
        Path kept;
        try {
            kept = uploads.keep(id, upload, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload in " + uploads.root(), e);
        }
        NewJob job = new NewJob(id, BearerToken.hash(token), ownerId, kept.toString(), bytes, mediaType,
                UploadFiles.safeName(fileName), blankToNull(questionId), transcript == null ? null : transcriptText);
        try {
            store.insert(job).await().indefinitely();
        } catch (RuntimeException e) {
            uploads.delete(kept.toString());
            throw e;
        }
        worker.wakeUp();
        return new Accepted(id, token);
    }

    private static String sniff(Path upload) {
        try {
            return MediaSniffer.mediaType(upload).orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The file is not a recording this service reads (judged by its content, not its name): send MP4, MOV,"
                            + " M4A, WebM, MKV, WAV, Ogg, FLAC or MP3"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
    }

    /** Opens the file with FFmpeg as the analysis will; its duration (null when unknown). */
    private static Double probe(Path upload) {
        try (MediaReader reader = MediaReader.open(upload, ReadOptions.of(1, 1))) {
            MediaInfo info = reader.info();
            return info.durationSec();
        } catch (MediaException e) {
            throw new ProblemException(ProblemType.UNREADABLE_MEDIA, "The recording cannot be read (damaged or"
                    + " incomplete): " + e.getMessage().replace(upload.toString(), "the upload"));
        }
    }

    private Transcript transcript(String text, Double durationSec, String fileName) {
        try {
            Transcript t = requests.transcript(text);
            TranscriptFiles.requireWithin(t, durationSec, UploadFiles.safeName(fileName), requests.transcriptEndToleranceSec());
            return t;
        } catch (TranscriptFormatException | TranscriptMismatchException e) {
            throw ProblemException.badRequest("Cannot use the transcript: " + e.getMessage());
        }
    }

    private void question(String id) {
        try {
            requests.question(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
