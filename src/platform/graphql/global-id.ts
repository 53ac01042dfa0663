import { badUserInput } from '../errors/api-errors';

// Global ids are opaque to clients: base64url of "hub:v1:<Type>:<row id>". The version lets the
// format change without breaking ids clients have stored.
const PREFIX = 'hub:v1:';

export function toGlobalId(type: string, rowId: string): string {
  return Buffer.from(`${PREFIX}${type}:${rowId}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  rowId: string;
}

/** Decodes a global id; returns null when it is not one of ours. */
export function parseGlobalId(id: string): DecodedId | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return null;
  const rest = text.slice(PREFIX.length);
  const sep = rest.indexOf(':');
  if (sep <= 0 || sep === rest.length - 1) return null;
  return { type: rest.slice(0, sep), rowId: rest.slice(sep + 1) };
}

/** Decodes a global id that must name an object of `type`; malformed ids are BAD_USER_INPUT. */
export function expectGlobalId(id: string, type: string, argName = 'id'): string {
  const decoded = parseGlobalId(id);
  if (!decoded || decoded.type !== type) throw badUserInput(`"${argName}" is not a valid ${type} id.`);
  return decoded.rowId;
}
