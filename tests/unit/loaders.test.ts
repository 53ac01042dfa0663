import { describe, expect, it } from 'vitest';
import { LoaderRegistry } from '../../src/platform/context';
import { Loader } from '../../src/platform/loaders';

describe('Loader', () => {
  it('answers a primed value at once, and loads in one batch what the request does not hold', async () => {
    const batches: string[][] = [];
    const loader = new Loader<string | null>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => (k === 'missing' ? null : `row ${k}`));
    });
    loader.prime('a', 'primed a');
    expect(loader.get('a')).toBe('primed a');

    const b = loader.get('b');
    const missing = loader.get('missing');
    expect(b).toBeInstanceOf(Promise);
    expect(await Promise.all([b, missing])).toEqual(['row b', null]);
    expect(batches).toEqual([['b', 'missing']]);
    // What a batch brought is held too: no promise, no second batch.
    expect(loader.get('b')).toBe('row b');
    expect(loader.get('missing')).toBeNull();
    expect(batches).toHaveLength(1);
  });

  it('keeps the value it holds when primed again, as DataLoader does, and forgets what is cleared', async () => {
    const loader = new Loader<string>(async (keys) => keys.map((k) => `loaded ${k}`));
    loader.prime('a', 'first');
    loader.prime('a', 'second');
    expect(loader.get('a')).toBe('first');
    expect(await loader.load('a')).toBe('first');

    loader.clear('a');
    const again = loader.get('a');
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toBe('loaded a');

    loader.clearAll();
    expect(loader.get('a')).toBeInstanceOf(Promise);
  });

  it('holds no error: a key whose batch failed is loaded again', async () => {
    let fail = true;
    const loader = new Loader<string>(async (keys) => keys.map((k) => (fail ? new Error(`no ${k}`) : `row ${k}`)));
    await expect(loader.get('a')).rejects.toThrow('no a');
    loader.clear('a');
    fail = false;
    expect(await loader.get('a')).toBe('row a');
    expect(loader.get('a')).toBe('row a');
  });

  it('answers a referenced row at once when held, and refuses a broken reference loudly, held or loaded', async () => {
    const loader = new Loader<string | null>(async (keys) => keys.map((k) => (k === 'gone' ? null : `row ${k}`)));
    loader.prime('a', 'row a');
    loader.prime('dangling', null);
    expect(loader.referenced('a', 'body')).toBe('row a');
    await expect(loader.referenced('b', 'body')).resolves.toBe('row b');
    expect(() => loader.referenced('dangling', 'body')).toThrow('body dangling is referenced but does not exist');
    await expect(loader.referenced('gone', 'power')).rejects.toThrow('power gone is referenced but does not exist');
  });
});

describe('LoaderRegistry.keyed', () => {
  it('gives one loader per family and arguments for the request, and another for other arguments or another family', () => {
    const registry = new LoaderRegistry();
    const PAGES = Symbol('pages');
    const COUNTS = Symbol('counts');
    let made = 0;
    const make = () => ({ n: ++made });
    const first = registry.keyed(PAGES, [10, null], make);
    expect(registry.keyed(PAGES, [10, null], make)).toBe(first);
    expect(registry.keyed(PAGES, [20, null], make)).not.toBe(first);
    expect(registry.keyed(COUNTS, [10, null], make)).not.toBe(first);
    // A string is its own key; an array holding it is another.
    const byName = registry.keyed(PAGES, 'messages', make);
    expect(registry.keyed(PAGES, 'messages', make)).toBe(byName);
    expect(registry.keyed(PAGES, ['messages'], make)).not.toBe(byName);
    expect(made).toBe(5);
  });
});
