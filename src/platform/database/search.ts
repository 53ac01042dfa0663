import { badUserInput } from '../errors/api-errors';

/** Longest search text a list accepts: names and titles are at most 200 characters. */
export const MAX_SEARCH = 100;

/** Validates a `search` argument; the lower-cased text, or null when none was given. */
export function checkSearch(search: string | null | undefined): string | null {
  if (search == null) return null;
  const trimmed = search.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SEARCH) throw badUserInput(`"search" must be 1 to ${MAX_SEARCH} characters.`);
  return trimmed.toLowerCase();
}

/**
 * A LIKE pattern matching `text` literally: `%`, `_` and `\` are escaped, for use with
 * `LIKE :p ESCAPE '\'` on lower-cased columns (LIKE alone is case-insensitive on SQLite only).
 */
export function likePattern(text: string, where: 'anywhere' | 'prefix'): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return where === 'prefix' ? `${escaped}%` : `%${escaped}%`;
}
