import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import express from "express";
import { describe, expect, it } from 'vitest';
import { encodeCursor, SortKey, toPageData } from '../../src/platform/graphql/connection';
import { createHttpServer } from '../../src/server/http';

// Issue #19: V8 gives every object literal with accessors, and every object whose prototype is
// changed, a hidden class of its own in the old generation; what such an object's closures hold —
// a request's context, a page's rows — then outlived every young-generation collection, which took
// 8–15 ms instead of 1–3 and made most of the reads' p99. These tests pin the shapes that avoid it:
// accessors on a class's prototype, objects made with the prototype they keep.

type Row = { code: string };
/** The one function of that Apollo module the test calls (not exported by the package, so untyped here). */
type MakeGatewayContext = (requestContext: unknown, server: unknown, internals: unknown) => { response: { http: { status?: number; headers: { set(name: string, value: string): void } } } };
const sort: SortKey<Row>[] = [{ column: 'b.code', read: (r) => r.code, kind: 'text', direction: 'ASC' }];

describe('objects made on every request keep their accessors on a prototype', () => {
  it("a page's PageInfo: cursors encoded when read, no accessor of its own", () => {
    const page = toPageData([{ code: '330100' }, { code: '330200' }, { code: '330300' }], sort, { size: 2, backward: false, from: null });
    expect(Object.getOwnPropertyDescriptor(page.pageInfo, 'startCursor')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(page.pageInfo, 'endCursor')).toBeUndefined();
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: encodeCursor(['330100']), endCursor: encodeCursor(['330200']) });
    const empty = toPageData<Row>([], sort, { size: 2, backward: false, from: null });
    expect([empty.pageInfo.startCursor, empty.pageInfo.endCursor]).toEqual([null, null]);
  });

  // Apollo builds this for every operation handed to the gateway executor (server/http.ts); the hub
  // patches both of its builds (patches/@apollo+server+*.patch, applied by `npm install`).
  it.for(['cjs', 'esm'])("Apollo's gateway request context (%s build, patched): status read and set through the response", async (build) => {
    const cjsIndex = createRequire(__filename).resolve('@apollo/server');
    const file = path.join(path.dirname(cjsIndex), '..', build, 'utils', 'makeGatewayGraphQLRequestContext.js');
    const { makeGatewayGraphQLRequestContext } = (await import(pathToFileURL(file).href)) as { makeGatewayGraphQLRequestContext: MakeGatewayContext };
    const http = { status: 200 as number | undefined, headers: new Map<string, string>() };
    const requestContext = { request: { query: '{ a }' }, response: { http }, contextValue: {} };
    const made = makeGatewayGraphQLRequestContext(requestContext, { logger: console, cache: undefined }, { includeStacktraceInErrorResponses: false });
    expect(Object.getOwnPropertyDescriptor(made.response.http, 'status')).toBeUndefined();
    expect(made.response.http.status).toBe(200);
    made.response.http.status = 503;
    expect(http.status).toBe(503);
    made.response.http.headers.set('x-a', '1');
    expect(http.headers.get('x-a')).toBe('1');
  });

  it("the HTTP server makes requests and responses with express's prototypes, so express never changes them", async () => {
    const app = express();
    app.get('/', (_req, res) => void res.json({ ok: true }));
    const server = createHttpServer(app);
    const made: boolean[] = [];
    // Before express's own handler, which would set the prototypes if they were not these already.
    server.prependListener('request', (req, res) => made.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const answer = await fetch(`http://127.0.0.1:${port}/`);
      expect(await answer.json()).toEqual({ ok: true });
      expect(made).toEqual([true, true]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
