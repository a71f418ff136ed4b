package io.interviewcoach.job.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.interviewcoach.analysis.AnalysisCancelledException;
import io.interviewcoach.analysis.AnalysisRequest;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.RecordingAnalyzer;
import io.interviewcoach.console.Progress;
import io.interviewcoach.inference.ModelLoadException;
import io.interviewcoach.job.JobsConfig;
import io.interviewcoach.job.store.ClaimedJob;
import io.interviewcoach.job.store.JobStore;
import io.interviewcoach.media.MediaException;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.report.Report;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.speech.transcript.TranscriptFormatException;
import io.interviewcoach.speech.transcript.TranscriptMismatchException;

/**
 * Analyses one claimed job on the calling (worker) thread, exactly as `coach analyze` would, and stores the outcome:
 * the report, a failure its owner can read, or the job back in the queue (this process stopping, or an unexpected
 * error with attempts left). The upload is deleted once the job is done or failed, unless coach.jobs.keep-uploads.
 */
@ApplicationScoped
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final Duration DB_WAIT = Duration.ofSeconds(30);

    @Inject
    JobsConfig config;

    @Inject
    JobStore store;

    @Inject
    JobRequests requests;

    @Inject
    UploadFiles uploads;

    @Inject
    AnalysisSessionFactory sessions;

    @Inject
    StreamRegistry streams;

    @Inject
    JobMetrics metrics;

    void run(ClaimedJob job, RunningJob running, String worker) {
        Outcome outcome = analyse(job, running);
        if (running.lost()) {
            LOG.debugf("job %s was deleted or taken over while it ran; its outcome is dropped", job.id());
            return; // its row and upload are no longer this worker's
        }
        boolean stored = switch (outcome.kind) {
            case DONE -> store.finish(job.id(), worker, outcome.value).await().atMost(DB_WAIT);
            case FAILED -> store.fail(job.id(), worker, outcome.value).await().atMost(DB_WAIT);
            case RETRY -> store.release(job.id(), worker, true).await().atMost(DB_WAIT);
            case STOPPED -> store.release(job.id(), worker, false).await().atMost(DB_WAIT);
        };
        if (!stored) {
            LOG.debugf("job %s was no longer this worker's when its outcome came", job.id());
        } else if (outcome.kind == Kind.DONE || outcome.kind == Kind.FAILED) {
            metrics.finished(outcome.kind == Kind.DONE);
        }
        if (outcome.kind == Kind.DONE || outcome.kind == Kind.FAILED) {
            if (!config.keepUploads()) {
                uploads.delete(job.uploadPath());
            }
        }
    }

    private Outcome analyse(ClaimedJob job, RunningJob running) {
        if (job.attempts() > config.maxAttempts()) {
            return Outcome.failed("The analysis was started " + (job.attempts() - 1) + " times and never finished (its"
                    + " worker stopped each time); it is not tried again");
        }
        Path file = Path.of(job.uploadPath());
        if (!Files.isRegularFile(file)) {
            return Outcome.failed("The uploaded recording is no longer in the upload folder; upload it again");
        }
        RunningStream stream;
        try {
            stream = streams.open("the analysis of job " + job.id());
        } catch (StreamRegistry.ShuttingDownException e) {
            return new Outcome(Kind.STOPPED, null);
        }
        running.attach(stream);
        try {
            AnalysisRequest request = requests.request(file, job.questionId(), job.transcript());
            WindowProgress progress = new WindowProgress(running, request.windowSec());
            Report report = new RecordingAnalyzer(sessions).analyze(request, progress, stream, r -> progress.windowDone());
            return new Outcome(Kind.DONE, ReportJson.mapper().writeValueAsString(report));
        } catch (AnalysisCancelledException e) {
            return new Outcome(Kind.STOPPED, null);
        } catch (MediaException | TranscriptMismatchException | TranscriptFormatException | IllegalArgumentException e) {
            return Outcome.failed("The recording cannot be analysed: " + e.getMessage().replace(job.uploadPath(), job.fileName()));
        } catch (ModelMissingException | ModelLoadException e) {
            return Outcome.failed("The server cannot analyse recordings now: " + e.getMessage());
        } catch (JsonProcessingException | RuntimeException e) {
            if (stream.cancelled()) {
                return new Outcome(Kind.STOPPED, null);
            }
            LOG.errorf(e, "job %s failed (attempt %d of %d)", job.id(), job.attempts(), config.maxAttempts());
            return job.attempts() < config.maxAttempts() ? new Outcome(Kind.RETRY, null)
                    : Outcome.failed("The analysis failed on the server (an internal error, logged); it is not tried again");
        } finally {
            stream.close();
        }
    }

    private enum Kind { DONE, FAILED, RETRY, STOPPED }

    /** @param value the report JSON (done) or the owner's message (failed) */
    private record Outcome(Kind kind, String value) {
        static Outcome failed(String message) {
            return new Outcome(Kind.FAILED, message);
        }
    }

    /** Windows analysed out of the windows the recording's duration promises, as a percentage (100 only when stored). */
    static final class WindowProgress implements Progress {
        private static final double BEFORE_STORED = 99.0;
        private final RunningJob running;
        private final double windowSec;
        private final AtomicInteger done = new AtomicInteger();
        private volatile long expectedWindows = -1;

        WindowProgress(RunningJob running, double windowSec) {
            this.running = running;
            this.windowSec = windowSec;
        }

        @Override
        public void start(String label, long totalMillis) {
            expectedWindows = totalMillis <= 0 ? -1 : Math.max(1, (long) Math.ceil(totalMillis / 1000.0 / windowSec - 1e-9));
        }

        @Override
        public void advance(long doneSoFar) {
        }

        @Override
        public void finish(boolean completed) {
            if (completed) {
                running.progress(BEFORE_STORED);
            }
        }

        void windowDone() {
            int n = done.incrementAndGet();
            long expected = expectedWindows;
            if (expected > 0) {
                running.progress(Math.min(BEFORE_STORED, 100.0 * n / expected));
            }
        }
    }
}
