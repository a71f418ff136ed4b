/**
 * The signed-in account (docs/api.md, "Accounts"). The access token lives only in this module's memory and is
 * refreshed before it runs out; the refresh token is kept in sessionStorage (this tab, until it is closed: why in
 * docs/security.md, "The practice site"). Without an account nothing here is used and practice stays anonymous.
 */
import { ApiError, bearer, call, jsonBody, request } from '../http';

export type Role = 'candidate' | 'coach' | 'admin';

export interface Account {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
}

interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** seconds */
  expiresIn: number;
}

const REFRESH_KEY = 'coach.refreshToken';
/** Refresh this long before the access token runs out, or after three quarters of its life when that is sooner. */
const REFRESH_MARGIN_SEC = 60;

let account: Account | null = null;
let access: { token: string; refreshAt: number } | null = null;
let refreshing: Promise<string | null> | null = null;
let timer: number | undefined;
const listeners = new Set<(a: Account | null) => void>();

export const currentAccount = (): Account | null => account;

/** Calls `listener` whenever someone signs in or out; returns the unsubscribe. */
export function onAccountChange(listener: (a: Account | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setAccount(a: Account | null): void {
  account = a;
  listeners.forEach((l) => l(a));
}

function adopt(pair: TokenPair): void {
  sessionStorage.setItem(REFRESH_KEY, pair.refreshToken);
  const lifeMs = pair.expiresIn * 1000 - Math.min(REFRESH_MARGIN_SEC * 1000, pair.expiresIn * 250);
  access = { token: pair.accessToken, refreshAt: Date.now() + lifeMs };
  window.clearTimeout(timer);
  // a timer in a sleeping tab fires late; accessToken() checks the time again before every call
  timer = window.setTimeout(() => refresh().catch(() => undefined), lifeMs);
}

/** Drops the tokens held here (after sign-out, an erased account, or a refresh token the server refused). */
function forget(): void {
  sessionStorage.removeItem(REFRESH_KEY);
  access = null;
  window.clearTimeout(timer);
  if (account) setAccount(null);
}

/** Exchanges the refresh token for a new pair: one exchange at a time, since each one uses the token up. */
function refresh(): Promise<string | null> {
  refreshing ??= (async () => {
    const token = sessionStorage.getItem(REFRESH_KEY);
    if (!token) {
      forget();
      return null;
    }
    try {
      adopt(await call<TokenPair>('/api/auth/refresh', jsonBody('POST', { refreshToken: token })));
      return access!.token;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        forget();
        return null;
      }
      throw e;
    }
  })().finally(() => { refreshing = null; });
  return refreshing;
}

/** A current access token (refreshed first when it is about to run out); null when nobody is signed in. */
export async function accessToken(): Promise<string | null> {
  if (!account) return null;
  if (!access || Date.now() >= access.refreshAt) return refresh();
  return access.token;
}

/** An API call as the signed-in account; a 401 (token refused) is retried once with a refreshed token. */
export async function asAccount<T>(path: string, init: RequestInit = {}, read: (r: Response) => Promise<T>): Promise<T> {
  const send = (token: string) => request(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...bearer(token) } });
  const token = await accessToken();
  if (!token) throw new ApiError(401, 'You are signed out. Sign in again to go on.', null);
  try {
    return await read(await send(token));
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) throw e;
    const again = await refresh();
    if (!again) throw new ApiError(401, 'You are signed out. Sign in again to go on.', null);
    return read(await send(again));
  }
}

export const asAccountJson = <T>(path: string, init: RequestInit = {}): Promise<T> =>
  asAccount(path, init, (r) => r.json() as Promise<T>);

async function signInWith(pair: TokenPair): Promise<Account> {
  adopt(pair);
  const me = await call<Account>('/api/me', { headers: bearer(pair.accessToken) });
  setAccount(me);
  return me;
}

export async function signIn(email: string, password: string): Promise<Account> {
  return signInWith(await call<TokenPair>('/api/auth/login', jsonBody('POST', { email, password })));
}

/** Creates the account, then signs in with it. */
export async function signUp(email: string, password: string, role: 'candidate' | 'coach'): Promise<Account> {
  await call<Account>('/api/users', jsonBody('POST', { email, password, role }));
  return signIn(email, password);
}

/** Revokes the refresh token on the server and forgets both tokens; false when the server could not be told. */
export async function signOut(): Promise<boolean> {
  const token = sessionStorage.getItem(REFRESH_KEY);
  forget();
  if (!token) return true;
  try {
    await request('/api/auth/logout', jsonBody('POST', { refreshToken: token }));
    return true;
  } catch {
    return false;
  }
}

/** After the account was erased: its tokens are worthless, nothing to revoke. */
export function accountErased(): void {
  forget();
}

/** At page load: signs in again with the refresh token this tab kept (a reload, a link opened in this tab). */
export async function restore(): Promise<void> {
  if (!sessionStorage.getItem(REFRESH_KEY)) return;
  try {
    const token = await refresh();
    if (token) setAccount(await call<Account>('/api/me', { headers: bearer(token) }));
  } catch {
    // the server cannot be reached now: signed out in this page, the refresh token kept for the next load
    access = null;
    window.clearTimeout(timer);
  }
}
