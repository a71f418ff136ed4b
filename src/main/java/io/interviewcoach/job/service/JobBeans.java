package io.interviewcoach.job.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.interviewcoach.job.JobsConfig;

/** The upload folder, from coach.jobs.upload-dir or the per-user data folder. */
@ApplicationScoped
public class JobBeans {
    @Produces
    @Singleton
    UploadFiles uploadFiles(JobsConfig config) {
        return new UploadFiles(config.uploadDir().orElseGet(() -> UploadFiles.defaultDirectory(System.getenv())));
    }
}
