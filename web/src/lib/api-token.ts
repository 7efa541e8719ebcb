/**
 * The API token a user typed for a server that protects writes (CONCORDE_API_TOKEN). Kept in
 * this browser's localStorage so it is asked once; never put in URLs.
 */
const KEY = 'concorde.apiToken';

export function getApiToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: the user is asked again each time
  }
}

export function setApiToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(KEY, token);
    else window.localStorage.removeItem(KEY);
  } catch {
    // storage disabled: nothing to keep
  }
}

/** The Authorization header when a token is set. */
export function authHeaders(): Record<string, string> {
  const token = getApiToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
