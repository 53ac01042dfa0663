import { describe, expect, it } from 'vitest';
import { countedPage, PageData } from '../../src/platform/graphql/connection';

// countedPage decides which statement answers a connection: the page (which also counts, without a
// cursor) when `edges` or `pageInfo` is selected, a bare count when `totalCount` is selected alone.
// The two functions stand for those statements; what is checked is which of them runs.

function statements(total: number | null) {
  const ran: string[] = [];
  const page: PageData<string> = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, total };
  const connection = countedPage(
    async (withTotal) => (ran.push(withTotal ? 'page' : 'page without total'), page),
    async () => (ran.push('count'), 7),
  );
  return { ran, connection };
}

describe('countedPage', () => {
  it('answers totalCount from the page when the page is asked for in the same pass, whichever field comes first', async () => {
    for (const order of ['total first', 'page first'] as const) {
      const { ran, connection } = statements(3);
      const [a, b] = order === 'total first' ? [connection.countTotal(), connection.loadPage()] : [connection.loadPage(), connection.countTotal()];
      await Promise.all([a, b]);
      expect(await connection.countTotal(), order).toBe(3);
      expect(ran, order).toEqual(['page']);
    }
  });

  it('counts alone when only totalCount is asked for', async () => {
    const { ran, connection } = statements(3);
    expect(await connection.countTotal()).toBe(7);
    expect(ran).toEqual(['count']);
  });

  it('reads the page without counting when only the page is asked for', async () => {
    const { ran, connection } = statements(null);
    await connection.loadPage();
    expect(ran).toEqual(['page without total']);
  });

  it('counts besides the page after a cursor (the page then carries no total)', async () => {
    const { ran, connection } = statements(null);
    const [, total] = await Promise.all([connection.loadPage(), connection.countTotal()]);
    expect(total).toBe(7);
    expect(ran).toEqual(['page', 'count']);
  });
});
