/** The REST API (docs/api.md). Errors arrive as problem+json; their detail is what the candidate is shown. */
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

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly retryAfterSec: number | null) {
    super(message);
  }
}

const OWNER_KEY = 'coach.ownerToken';

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'The practice server cannot be reached. Check that it is running, then try again.', null);
  }
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try {
      const problem = await res.json();
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // not problem JSON: keep the status line
    }
    const retry = res.headers.get('Retry-After');
    throw new ApiError(res.status, detail, retry ? Number(retry) : null);
  }
  return res.json() as Promise<T>;
}

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

/** Creates a live session; the owner token (kept in this browser) groups the candidate's sessions for progress. */
export async function createSession(questionIds: string[]): Promise<CreatedSession> {
  const owner = localStorage.getItem(OWNER_KEY);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (owner) headers.Authorization = `Bearer ${owner}`;
  let created: CreatedSession;
  try {
    created = await call<CreatedSession>('/api/sessions', { method: 'POST', headers, body: JSON.stringify({ questionIds }) });
  } catch (e) {
    if (!(owner && e instanceof ApiError && e.status === 404)) throw e;
    // the server no longer knows this owner (a fresh database): start a new one
    localStorage.removeItem(OWNER_KEY);
    return createSession(questionIds);
  }
  if (created.ownerToken) localStorage.setItem(OWNER_KEY, created.ownerToken);
  return created;
}

export function report(id: string, token: string): Promise<Report> {
  return call<Report>(`/api/sessions/${encodeURIComponent(id)}/report`, { headers: { Authorization: `Bearer ${token}` } });
}

/** The report exactly as the server stores it (for "Download JSON"). */
export async function reportText(id: string, token: string): Promise<string> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(id)}/report`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText}`, null);
  return res.text();
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

/** The owner's finished sessions and trends; null for a browser that never created a session. */
export function progress(): Promise<Progress | null> {
  const owner = localStorage.getItem(OWNER_KEY);
  if (!owner) return Promise.resolve(null);
  return call<Progress>('/api/progress', { headers: { Authorization: `Bearer ${owner}` } });
}
