/** The account calls the pages make (docs/api.md, "Accounts"), each as the signed-in account. */
import { jsonBody } from '../http';
import { asAccount, asAccountJson, type Account } from './auth';

export interface Share {
  sessionId: string;
  coachId: string;
  coachEmail: string;
  /** null for a session of an anonymous owner */
  candidateEmail: string | null;
  sharedAt: string;
}

/** What GET /api/me/export holds, as far as the site reads it. */
export interface AccountExport {
  account: Account;
  shares: Share[];
  content: { sessions: { id: string }[] };
}

const sharesPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/shares`;
const nothing = async () => undefined;

/** The sessions this account shared and, for a coach, the ones shared with it. */
export const myShares = (): Promise<Share[]> => asAccountJson<Share[]>('/api/me/shares');

/** The coaches a session is shared with; 404 unless this account may change the session (its owner). */
export const sessionShares = (sessionId: string): Promise<Share[]> => asAccountJson<Share[]>(sharesPath(sessionId));

export const share = (sessionId: string, coachEmail: string): Promise<Share> =>
  asAccountJson<Share>(sharesPath(sessionId), jsonBody('POST', { coachEmail }));

export const unshare = (sessionId: string, coachId: string): Promise<void> =>
  asAccount(`${sharesPath(sessionId)}/${encodeURIComponent(coachId)}`, { method: 'DELETE' }, nothing);

/** The export exactly as the server sends it (the downloaded file). */
export const exportText = (): Promise<string> => asAccount('/api/me/export', {}, (r) => r.text());

export const eraseAccount = (): Promise<void> => asAccount('/api/me', { method: 'DELETE' }, nothing);
