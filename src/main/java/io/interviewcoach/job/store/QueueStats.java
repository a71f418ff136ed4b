package io.interviewcoach.job.store;

/**
 * The job queue as all replicas share it, for the metrics.
 *
 * @param oldestQueuedSec how long the oldest queued job has waited; 0 when none waits
 */
public record QueueStats(long queued, long running, double oldestQueuedSec) {}
