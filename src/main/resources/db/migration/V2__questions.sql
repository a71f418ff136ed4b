-- The question bank (docs/question-bank.md), upserted at `serve` start from the built-in bank and
-- coach.questions.files; `source` names the file a question came from.
CREATE TABLE questions (
    id              text PRIMARY KEY,
    role            text NULL,
    category        text NULL,
    text            text NOT NULL,
    talking_points  jsonb NOT NULL DEFAULT '[]'::jsonb,
    star            boolean NOT NULL DEFAULT false,
    source          text NULL
);

CREATE INDEX questions_role ON questions (role);
CREATE INDEX questions_category ON questions (category);
