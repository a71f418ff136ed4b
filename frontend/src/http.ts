/** fetch for the API: errors arrive as problem+json, and their detail is what the person is shown (ApiError). */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly retryAfterSec: number | null) {
    super(message);
  }
}

/** The response when it is 2xx; an ApiError (status 0: the server could not be reached) otherwise. */
export async function request(path: string, init: RequestInit = {}): Promise<Response> {
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
  return res;
}

export async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  return (await request(path, init)).json() as Promise<T>;
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

export function jsonBody(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}
