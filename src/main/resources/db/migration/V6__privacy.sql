-- Privacy (docs/security.md): jobs belong to an owner, so erasure and export find them; indexes for the retention purge.

-- The owner whose token came with the upload (POST /api/analyses); null for a job uploaded without one.
ALTER TABLE analysis_jobs ADD COLUMN owner_id uuid NULL REFERENCES owners (id);
CREATE INDEX analysis_jobs_owner ON analysis_jobs (owner_id);

-- Retention: sessions and jobs older than coach.privacy.retention, oldest first.
CREATE INDEX sessions_created ON sessions (created_at);
CREATE INDEX analysis_jobs_created ON analysis_jobs (created_at);
