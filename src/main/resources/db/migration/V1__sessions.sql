-- Durable live sessions (docs/adr/0010-storage.md): who owns them, their answers, per-window timeline and report.

-- An anonymous owner: the holder of an owner token. Accounts (a later issue) attach to this row.
CREATE TABLE owners (
    id          uuid PRIMARY KEY,
    token_hash  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
    id            uuid PRIMARY KEY,
    token_hash    text NOT NULL,
    owner_id      uuid NULL REFERENCES owners (id) ON DELETE SET NULL,
    status        text NOT NULL CHECK (status IN ('created', 'running', 'finished', 'failed')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz NULL,
    finished_at   timestamptz NULL,
    fps           int NULL,
    pose_model    text NULL,
    focus         jsonb NULL,
    question_ids  jsonb NULL
);

-- progress: an owner's sessions in time order
CREATE INDEX sessions_owner_created ON sessions (owner_id, created_at);

-- One row per answer (question shown until the answer ended); n is 1-based.
CREATE TABLE answers (
    session_id   uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    n            int NOT NULL CHECK (n >= 1),
    question_id  text NULL,
    start_sec    double precision NULL,
    end_sec      double precision NULL,
    transcript   text NULL,
    section      jsonb NULL,
    PRIMARY KEY (session_id, n)
);

CREATE TABLE timeline_windows (
    session_id    uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    window_index  int NOT NULL,
    start_sec     double precision NULL,
    end_sec       double precision NULL,
    "values"      jsonb NOT NULL,
    PRIMARY KEY (session_id, window_index)
);

-- The report JSON as delivered, and its scores as columns for progress queries (null stays null: not measured).
CREATE TABLE reports (
    session_id         uuid PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    created_at         timestamptz NOT NULL DEFAULT now(),
    report             jsonb NOT NULL,
    schema_version     int NULL,
    overall            double precision NULL,
    body_language      double precision NULL,
    facial_expression  double precision NULL,
    vocal_delivery     double precision NULL,
    speech_content     double precision NULL
);
