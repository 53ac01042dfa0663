import type { Express } from 'express';
import { RuruClientConfig, ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';

const EXPLORER_STATIC = '/graphql/explorer/';

/** What the explorer opens on (its first tab, until the browser has saved tabs of its own). */
export const EXPLORER_EXAMPLE = `# Coordination Hub — GraphQL explorer
#
# 1. Get a token (on the hub's machine):
#      npm run --silent hub -- token --body 330100 --role OFFICER
#    and put it in the Headers tab below:
#      { "Authorization": "Bearer <token>" }
#    Without a token you are the public and see only what is public.
# 2. Run BodyWithChildren (the play button): a body, its governments one level
#    down (children filtered by kind), and the caller.
# 3. Run Directives in a second tab: a live stream over WebSocket. Keep the last
#    delivery's cursor and pass it as "after" to resume without gaps.
# The guide for integrators is docs/INTEGRATING.md; every type and field is
# described in the Docs pane.

query BodyWithChildren($code: String! = "330000") {
  viewer { accountId roles body { code name } }
  body(code: $code) {
    id
    code
    name
    level
    children(kind: GOVERNMENT, first: 20) {
      totalCount
      edges { node { code name } }
      pageInfo { hasNextPage endCursor }
    }
  }
}

subscription Directives($after: String) {
  directiveIssued(after: $after) {
    cursor
    directive { title priority issuer { code name } }
  }
}
`;

/** The hub's icon: a node linking two others, in the hub's red. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b71c1c"/><path d="M16 9v7M16 16l-7 7M16 16l7 7" stroke="#fff" stroke-width="2.5"/><circle cx="16" cy="8" r="3.5" fill="#fff"/><circle cx="8" cy="24" r="3.5" fill="#fff"/><circle cx="24" cy="24" r="3.5" fill="#fff"/></svg>`;

/** Serves the favicon (always) and, when enabled, the explorer on GET /graphql for browsers. */
export function mountExplorer(app: Express, enabled: boolean): void {
  // Browsers ask for /favicon.ico whatever the page says; an SVG answers both names.
  app.get(['/favicon.ico', '/favicon.svg'], (_req, res) => {
    res.type('image/svg+xml').set('cache-control', 'public, max-age=86400').send(FAVICON_SVG);
  });
  if (!enabled) return;
  app.use(serveStatic(EXPLORER_STATIC)); // matches its own prefix: do not mount it (Express would strip the path)
  const html = ruruHTML({
    endpoint: '/graphql',
    staticPath: EXPLORER_STATIC,
    subscriptionEndpoint: '/graphql',
    // ruru's type marks every client option required; these two are all we set.
    clientConfig: {
      defaultQuery: EXPLORER_EXAMPLE,
      defaultHeaders: '{\n  "Authorization": "Bearer <token from: npm run --silent hub -- token --body 330100 --role OFFICER>"\n}',
    } as Partial<RuruClientConfig> as RuruClientConfig,
    htmlParts: {
      titleTag: '<title>Coordination Hub · GraphQL explorer</title>',
      metaTags: (original) => `${original}\n<link rel="icon" type="image/svg+xml" href="/favicon.svg" />`,
    },
  });
  app.get('/graphql', (req, res, next) => {
    if (req.query.query || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(html);
  });
}
