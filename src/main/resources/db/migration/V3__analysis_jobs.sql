-- Uploaded recordings analysed as jobs (POST /api/analyses). The table is also the queue: workers of every
-- replica claim the oldest queued job (or a running one whose lease expired) with FOR UPDATE SKIP LOCKED.
CREATE TABLE analysis_jobs (
    id            uuid PRIMARY KEY,
    token_hash    text             NOT NULL,
    status        text             NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'running', 'done', 'failed')),
    progress      double precision NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 100),
    created_at    timestamptz      NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    attempts      int              NOT NULL DEFAULT 0,
    locked_by     text,
    locked_until  timestamptz,
    upload_path   text             NOT NULL,
    upload_bytes  bigint           NOT NULL,
    media_type    text             NOT NULL,
    file_name     text             NOT NULL,
    question_id   text,
    transcript    text,
    report        jsonb,
    error         text
);

-- The claim's scan: only unfinished jobs, oldest first (finished ones never enter this index).
CREATE INDEX analysis_jobs_queue ON analysis_jobs (created_at) WHERE status IN ('queued', 'running');
