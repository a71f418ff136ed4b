-- Accounts (docs/adr/0013-accounts.md): users with a role, their owner row, refresh tokens, and sessions shared with
-- coaches. Anonymous owners (owner token, no user) keep working: owners.user_id stays null for them.

CREATE TABLE users (
    id             uuid PRIMARY KEY,
    email          text NOT NULL UNIQUE CHECK (email = lower(email)),
    password_hash  text NOT NULL,
    role           text NOT NULL CHECK (role IN ('candidate', 'coach', 'admin')),
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- An account owns exactly one owner row; its sessions attach to it. Erasing the user erases the row (and, through
-- the erasure service, the owner's sessions).
ALTER TABLE owners ADD COLUMN user_id uuid NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE;

-- Opaque refresh tokens, stored only as their SHA-256 hash; rotated on every refresh, revoked on sign-out.
CREATE TABLE refresh_tokens (
    token_hash  text PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  timestamptz NOT NULL,
    revoked     boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

-- A session a candidate shared with a coach: the coach may read it (never write or delete it).
CREATE TABLE session_shares (
    session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    coach_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, coach_id)
);
CREATE INDEX session_shares_coach ON session_shares (coach_id);
