import http from 'node:http';
import DataLoader from 'dataloader';
import { buildSchema, graphql, GraphQLSchema } from 'graphql';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';

// The second anchor of the read benchmark: plain graphql-js 16 + DataLoader + pg, running the
// hub's own plan (the same statements per request: body by code; inbox page with its directive,
// issuer, summary and total; threads with their lead; delegations with their power; subtree page
// with parents and total; children pages with their totals) — no type-graphql, no Apollo, no ORM.
// Authorization is the token check only: it measures the cost of the framework around the plan.
// Connections kept open between rounds, as the hub keeps its own (data-source.ts).
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, min: 10 });
const key = new TextEncoder().encode(process.env.HUB_JWT_SECRET ?? '');

const schema: GraphQLSchema = buildSchema(`
  type Query { body(code: String!): Body  bodies(under: String!, first: Int!): BodyConnection! }
  type Body { code: String! name: String! level: String! parent: Body
    children(first: Int!): BodyConnection!
    directiveInbox(pendingOnly: Boolean, first: Int!): ReceiptConnection!
    threads(status: ThreadStatus, first: Int!): ThreadConnection!
    delegationsReceived(first: Int!): DelegationConnection! }
  enum ThreadStatus { OPEN }
  type BodyConnection { totalCount: Int! edges: [BodyEdge!]! }
  type BodyEdge { node: Body! }
  type ReceiptConnection { totalCount: Int! edges: [ReceiptEdge!]! }
  type ReceiptEdge { node: Receipt! }
  type Receipt { deliveredAt: String directive: Directive! }
  type Directive { id: ID! title: String! priority: String! issuedAt: String! issuer: Body! acknowledgementSummary: Summary! }
  type Summary { total: Int! acknowledged: Int! overdue: Int! }
  type ThreadConnection { totalCount: Int! edges: [ThreadEdge!]! }
  type ThreadEdge { node: Thread! }
  type Thread { id: ID! subject: String! dueAt: String overdue: Boolean! lead: Body! }
  type DelegationConnection { totalCount: Int! edges: [DelegationEdge!]! }
  type DelegationEdge { node: Delegation! }
  type Delegation { id: ID! power: Power! fiscalAllocation: Allocation coverage: Float }
  type Power { code: String! title: String! }
  type Allocation { amount: String! fiscalYear: Int! }
`);

type Row = Record<string, unknown>;
interface Ctx {
  bodyByCode: DataLoader<string, Row | undefined>;
  childPages: (first: number) => DataLoader<string, { total: number; rows: Row[] }>;
  pages: Map<number, DataLoader<string, { total: number; rows: Row[] }>>;
}

const page = (rows: Row[], first: number) => ({ totalCount: rows.length ? Number(rows[0].total) : 0, edges: rows.slice(0, first).map((node) => ({ node })) });

function context(): Ctx {
  const pages = new Map<number, DataLoader<string, { total: number; rows: Row[] }>>();
  return {
    pages,
    bodyByCode: new DataLoader(async (codes) => {
      const r = await pool.query('SELECT id, code, name, level, parent_id FROM body WHERE code = ANY($1)', [codes]);
      return codes.map((c) => r.rows.find((b) => b.code === c));
    }),
    childPages: (first) => {
      let l = pages.get(first);
      if (!l)
        pages.set(
          first,
          (l = new DataLoader(async (ids) => {
            const r = await pool.query(
              `SELECT * FROM (SELECT b.id, b.code, b.name, b.level, b.parent_id, ROW_NUMBER() OVER (PARTITION BY b.parent_id ORDER BY b.code) AS rn,
                      COUNT(*) OVER (PARTITION BY b.parent_id) AS total FROM body b WHERE b.parent_id = ANY($1)) x WHERE rn <= $2`,
              [ids, first + 1],
            );
            return ids.map((id) => {
              const rows = r.rows.filter((b) => b.parent_id === id);
              return { total: rows.length ? Number(rows[0].total) : 0, rows };
            });
          })),
        );
      return l;
    },
  };
}

const root = {
  body: async ({ code }: { code: string }, ctx: Ctx) => ctx.bodyByCode.load(code),
  bodies: async ({ under, first }: { under: string; first: number }, ctx: Ctx) => {
    const u = await ctx.bodyByCode.load(under);
    const r = await pool.query(
      `SELECT b.id, b.code, b.name, b.level, b.parent_id, p.code AS p_code, p.name AS p_name, COUNT(*) OVER () AS total
         FROM body b JOIN body_ancestry a ON a.descendant_id = b.id AND a.ancestor_id = $1 AND a.depth > 0
         LEFT JOIN body p ON p.id = b.parent_id ORDER BY b.code LIMIT $2`,
      [u?.id, first + 1],
    );
    return page(r.rows.map((b) => ({ ...b, parent: b.parent_id ? { code: b.p_code, name: b.p_name } : null })), first);
  },
};

// Field resolvers on the plain rows (graphql-js calls a function-valued property with args, ctx).
function bodyRow(b: Row): Row {
  return {
    ...b,
    children: async ({ first }: { first: number }, ctx: Ctx) => {
      const p = await ctx.childPages(first).load(b.id as string);
      return { totalCount: p.total, edges: p.rows.slice(0, first).map((node) => ({ node })) };
    },
    directiveInbox: async ({ first }: { first: number }) => {
      const r = await pool.query(
        `WITH page AS (SELECT r.id, r.directive_id, r.seq, r.delivered_at, COUNT(*) OVER () AS total FROM receipt r JOIN directive d ON d.id = r.directive_id
            WHERE r.recipient_id = $1 AND ((d.requires_acknowledgement AND r.acknowledged_at IS NULL) OR (NOT d.requires_acknowledgement AND r.read_at IS NULL))
            ORDER BY r.seq DESC LIMIT $2)
         SELECT page.*, d.title, d.priority, d.issued_at, d.requires_acknowledgement, d.acknowledge_by, i.code AS i_code, i.name AS i_name, s.s_total, s.s_ack
           FROM page JOIN directive d ON d.id = page.directive_id JOIN body i ON i.id = d.issuer_id
           LEFT JOIN (SELECT x.directive_id, COUNT(*) AS s_total, COUNT(x.acknowledged_at) AS s_ack FROM receipt x WHERE x.directive_id IN (SELECT directive_id FROM page) GROUP BY x.directive_id) s ON s.directive_id = page.directive_id
          ORDER BY page.seq DESC`,
        [b.id, first + 1],
      );
      const now = Date.now();
      return page(
        r.rows.map((x) => ({
          total: x.total,
          deliveredAt: x.delivered_at.toISOString(),
          directive: {
            id: x.directive_id,
            title: x.title,
            priority: x.priority,
            issuedAt: x.issued_at.toISOString(),
            issuer: { code: x.i_code, name: x.i_name },
            acknowledgementSummary: {
              total: Number(x.s_total),
              acknowledged: Number(x.s_ack),
              overdue: x.requires_acknowledgement && x.acknowledge_by && x.acknowledge_by.getTime() < now ? Number(x.s_total) - Number(x.s_ack) : 0,
            },
          },
        })),
        first,
      );
    },
    threads: async ({ status, first }: { status?: string; first: number }) => {
      const r = await pool.query(
        `SELECT t.id, t.subject, t.due_at, t.status, l.code AS l_code, l.name AS l_name, COUNT(*) OVER () AS total FROM coordination_thread t
           JOIN thread_participant p ON p.thread_id = t.id AND p.body_id = $1 JOIN body l ON l.id = t.lead_id
          WHERE ($2::text IS NULL OR t.status = $2) ORDER BY t.id DESC LIMIT $3`,
        [b.id, status ?? null, first + 1],
      );
      return page(r.rows.map((t) => ({ ...t, dueAt: t.due_at?.toISOString() ?? null, overdue: !!t.due_at && t.due_at.getTime() < Date.now(), lead: { code: t.l_code, name: t.l_name } })), first);
    },
    delegationsReceived: async ({ first }: { first: number }) => {
      const r = await pool.query(
        `SELECT d.id, d.allocation_amount::text AS amount, d.fiscal_year, d.coverage_ppm, p.code AS p_code, p.title AS p_title, COUNT(*) OVER () AS total
           FROM delegation d JOIN power p ON p.id = d.power_id WHERE d.grantee_id = $1 ORDER BY d.id DESC LIMIT $2`,
        [b.id, first + 1],
      );
      return page(
        r.rows.map((d) => ({
          id: d.id,
          total: d.total,
          power: { code: d.p_code, title: d.p_title },
          fiscalAllocation: d.amount == null ? null : { amount: d.amount, fiscalYear: d.fiscal_year },
          coverage: d.coverage_ppm == null ? null : d.coverage_ppm / 1_000_000,
        })),
        first,
      );
    },
  };
}

const resolvers = {
  body: async (args: { code: string }, ctx: Ctx) => {
    const b = await root.body(args, ctx);
    return b && bodyRow(b);
  },
  bodies: async (args: { under: string; first: number }, ctx: Ctx) => {
    const p = await root.bodies(args, ctx);
    return { ...p, edges: p.edges.map((e) => ({ node: bodyRow(e.node) })) };
  },
};

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return void res.end('{"status":"ok"}');
  try {
    const auth = req.headers.authorization?.replace(/^Bearer /, '');
    if (auth) await jwtVerify(auth, key, { algorithms: ['HS256'] });
    let body = '';
    for await (const chunk of req) body += chunk;
    const { query, variables } = JSON.parse(body);
    const result = await graphql({ schema, source: query, rootValue: resolvers, contextValue: context(), variableValues: variables });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(result));
  } catch (err) {
    res.statusCode = 500;
    res.end(JSON.stringify({ error: String(err) }));
  }
});
server.listen(Number(process.env.PORT));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
