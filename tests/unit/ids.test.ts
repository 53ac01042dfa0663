import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/platform/ids';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('is an RFC 9562 version-7 id whose first 48 bits are the current millisecond', () => {
    const before = Date.now();
    const id = uuidv7();
    expect(id).toMatch(V7);
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('strictly increases across a burst larger than the per-millisecond counter', () => {
    // 10,000 ids take a few milliseconds: several share a millisecond, and where more than 4,096
    // do, the 12-bit counter wraps and the timestamp moves ahead of the clock instead.
    const ids = Array.from({ length: 10_000 }, () => uuidv7());
    expect(ids.every((id) => V7.test(id))).toBe(true);
    const unordered = ids.findIndex((id, i) => i > 0 && id <= ids[i - 1]);
    expect(unordered).toBe(-1);
    expect(new Set(ids.map((id) => id.slice(19))).size).toBe(ids.length);
  });
});
