/** The REST API (docs/api.md). Errors arrive as problem+json; their detail is what the candidate is shown. */
import { accessToken, asAccount } from './account/auth';
import { ApiError, bearer, call, request } from './http';

export { ApiError };

export interface Question {
  id: string;
  text: string;
  category: string;
  role: string | null;
  star: boolean;
}

export interface Limits {
  fps: number;
  graceSec: number;
  audioSampleRates: number[];
  maxFrameSide: number;
}

export interface CreatedSession {
  id: string;
  token: string;
  socketUrl: string;
  protocolVersion: number;
  limits: Limits;
  ownerToken?: string;
}

export type Scores = Record<'overall' | 'bodyLanguage' | 'facialExpression' | 'vocalDelivery' | 'speechContent', number | null>;

export interface Report {
  scores: Scores;
  answers?: { index: number; questionId: string | null; start: number; end: number }[];
  notes?: string[];
}

const OWNER_KEY = 'coach.ownerToken';

export function questions(): Promise<Question[]> {
  return call<Question[]>('/api/questions');
}

export interface QuestionMatch {
  question: Question;
  /** 0-100: how much of the question's talking points the text covers */
  relevance: number;
  matched: string[];
}

/** The bank ordered by how well a job description covers each question's talking points, best first. */
export function matchQuestions(text: string): Promise<QuestionMatch[]> {
  return call<QuestionMatch[]>('/api/questions/match', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }),
  });
}

/**
 * Creates a live session. Signed in, it belongs to the account (the access token); otherwise to this browser's
 * owner token (kept in localStorage), which groups anonymous sessions for progress.
 */
export async function createSession(questionIds: string[]): Promise<CreatedSession> {
  const body = JSON.stringify({ questionIds });
  const access = await accessToken();
  if (access) {
    return call<CreatedSession>('/api/sessions', { method: 'POST', headers: { ...bearer(access), 'Content-Type': 'application/json' }, body });
  }
  const owner = localStorage.getItem(OWNER_KEY);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (owner) headers.Authorization = `Bearer ${owner}`;
  let created: CreatedSession;
  try {
    created = await call<CreatedSession>('/api/sessions', { method: 'POST', headers, body });
  } catch (e) {
    if (!(owner && e instanceof ApiError && e.status === 404)) throw e;
    // the server no longer knows this owner (a fresh database): start a new one
    localStorage.removeItem(OWNER_KEY);
    return createSession(questionIds);
  }
  if (created.ownerToken) localStorage.setItem(OWNER_KEY, created.ownerToken);
  return created;
}

/** A report read with the session's own token, or, without one (null), as the signed-in account (owner or coach). */
function readReport<T>(id: string, token: string | null, read: (r: Response) => Promise<T>): Promise<T> {
  const path = `/api/sessions/${encodeURIComponent(id)}/report`;
  return token ? request(path, { headers: bearer(token) }).then(read) : asAccount(path, {}, read);
}

export function report(id: string, token: string | null): Promise<Report> {
  return readReport(id, token, (r) => r.json() as Promise<Report>);
}

/** The report exactly as the server stores it (for "Download JSON"). */
export function reportText(id: string, token: string | null): Promise<string> {
  return readReport(id, token, (r) => r.text());
}

export type Category = keyof Scores;

export interface Trend {
  first: number | null;
  last: number | null;
  count: number;
  change: number | null;
}

export interface Progress {
  points: ({ sessionId: string; finishedAt: string } & Scores)[];
  trends: Partial<Record<Category, Trend>>;
}

/**
 * The finished sessions and trends of the signed-in account, else of this browser's owner token; null for a
 * browser that never created a session.
 */
export async function progress(): Promise<Progress | null> {
  if (await accessToken()) return asAccount('/api/progress', {}, (r) => r.json() as Promise<Progress>);
  const owner = localStorage.getItem(OWNER_KEY);
  if (!owner) return null;
  return call<Progress>('/api/progress', { headers: bearer(owner) });
}
