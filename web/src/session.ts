// Who is signed in on this page. The token lives in sessionStorage: per tab (two tabs may act for
// two bodies), gone when the tab closes, kept across reloads. What the caller may do comes from the
// hub (`viewer`), never from decoding the token here.

const TOKEN_KEY = 'hub.token';
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    /* storage refused (private mode): the session lasts as long as the page */
  }
}

let token = read(TOKEN_KEY);

export function getToken(): string | null {
  return token;
}

export function setToken(next: string | null): void {
  token = next;
  write(TOKEN_KEY, next);
  listeners.forEach((l) => l());
}

export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The cursor of the last delivery of a live stream this page saw, to resume from after a drop or a reload. */
export function getCursor(stream: string): string | null {
  return read(`hub.cursor.${stream}`);
}

export function setCursor(stream: string, cursor: string): void {
  write(`hub.cursor.${stream}`, cursor);
}

export function clearCursor(stream: string): void {
  write(`hub.cursor.${stream}`, null);
}
