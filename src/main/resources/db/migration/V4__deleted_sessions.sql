-- Sessions deleted through the API (docs/adr/0010-storage.md, "Faults"). A write that arrives after the deletion, from
-- another replica or from a spool replayed later, must not bring the session back; the ids are kept for that.
CREATE TABLE deleted_sessions (
    id          uuid PRIMARY KEY,
    deleted_at  timestamptz NOT NULL DEFAULT now()
);
