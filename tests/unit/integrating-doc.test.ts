import fs from 'node:fs';
import path from 'node:path';
import { isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TOP_LEVEL_ERROR_CODES, WEBSOCKET_CLOSE_CODES } from '../../src/platform/errors/error-codes';
import { buildHubSchema } from '../../src/server/schema';

// docs/INTEGRATING.md must tell integrators what every code means and what to do about it. When a
// code is added (to UserErrorCode, or thrown anywhere in src/), this test names what to document.

const root = path.resolve(__dirname, '..', '..');
const guide = fs.readFileSync(path.join(root, 'docs', 'INTEGRATING.md'), 'utf8');
/** Codes the guide documents: in a table row, as `CODE` or a close code in the first cell. */
const documented = new Set([...guide.matchAll(/^\| `?([A-Z0-9_]+)`? \|/gm)].map((m) => m[1]));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}
const src = sources(path.join(root, 'src')).map((f) => fs.readFileSync(f, 'utf8'));

describe('docs/INTEGRATING.md', () => {
  it('documents every code of UserErrorCode', () => {
    const type = buildHubSchema().getType('UserErrorCode');
    if (!isEnumType(type)) throw new Error('UserErrorCode is not an enum');
    const codes = type.getValues().map((v) => v.name);
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((c) => !documented.has(c))).toEqual([]);
  });

  it('documents every top-level code the hub can emit', () => {
    expect(TOP_LEVEL_ERROR_CODES.length).toBeGreaterThan(10);
    expect(TOP_LEVEL_ERROR_CODES.filter((c) => !documented.has(c))).toEqual([]);
  });

  it('lists every top-level code thrown in src/ (add new ones to TOP_LEVEL_ERROR_CODES and the guide)', () => {
    const thrown = new Set<string>();
    const constants = new Map<string, string>();
    const named = new Set<string>();
    for (const text of src) {
      for (const m of text.matchAll(/\bcode: '([A-Z][A-Z_]{3,})'/g)) thrown.add(m[1]);
      for (const m of text.matchAll(/\bcode: ([A-Z][A-Z_]{3,})\b/g)) named.add(m[1]);
      for (const m of text.matchAll(/\bconst ([A-Z][A-Z_]+) = '([A-Z][A-Z_]+)'/g)) constants.set(m[1], m[2]);
      for (const m of text.matchAll(/export type ApiErrorCode = ([^;]+);/g)) for (const c of m[1].matchAll(/'([A-Z_]+)'/g)) thrown.add(c[1]);
    }
    // `extensions: { code: SOME_CONSTANT }`: the constant's value.
    for (const name of named) if (constants.has(name)) thrown.add(constants.get(name)!);
    expect(named.size).toBeGreaterThan(2);
    expect(thrown.size).toBeGreaterThan(4);
    expect([...thrown].filter((c) => !(TOP_LEVEL_ERROR_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it('documents every WebSocket close code, and the hub closes with no other', () => {
    expect(WEBSOCKET_CLOSE_CODES.filter((c) => !documented.has(String(c)))).toEqual([]);
    const closes = new Set<number>();
    for (const text of src) for (const m of text.matchAll(/close\((4\d{3})\b|= (4\d{3});/g)) closes.add(Number(m[1] ?? m[2]));
    expect(closes.size).toBeGreaterThan(0);
    expect([...closes].filter((c) => !(WEBSOCKET_CLOSE_CODES as readonly number[]).includes(c))).toEqual([]);
  });
});
