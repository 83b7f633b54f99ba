// The bearer token lives in localStorage so a reload keeps the agent signed in.
// localStorage can throw (storage disabled, private modes): then the session just lasts the page.
const KEY = 'deskline.token';

export function readToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  try {
    window.localStorage.setItem(KEY, token);
  } catch {
    // see above
  }
}

export function clearToken(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // see above
  }
}
