import http from 'node:http';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';

// The minimal baseline for the inbox dashboard (and, on /subtree, the subtree query): node:http + pg with hand-written SQL, no GraphQL,
// no ORM. It verifies the bearer token like the hub does and answers the same data.
// Connections kept open between rounds, as the hub keeps its own (data-source.ts).
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, min: 10 });
const key = new TextEncoder().encode(process.env.HUB_JWT_SECRET ?? '');

const PENDING = `
  SELECT d.id, d.title, d.priority, d.issued_at, i.code AS issuer_code, i.name AS issuer_name,
         s.total, s.acknowledged, s.overdue
    FROM receipt r
    JOIN directive d ON d.id = r.directive_id
    JOIN body i ON i.id = d.issuer_id
    JOIN LATERAL (
      SELECT COUNT(*)::int AS total,
             COUNT(x.acknowledged_at)::int AS acknowledged,
             COUNT(*) FILTER (WHERE x.acknowledged_at IS NULL AND d.requires_acknowledgement AND d.acknowledge_by < now())::int AS overdue
        FROM receipt x WHERE x.directive_id = d.id) s ON true
   WHERE r.recipient_id = $1
     AND ((d.requires_acknowledgement AND r.acknowledged_at IS NULL) OR (NOT d.requires_acknowledgement AND r.read_at IS NULL))
   ORDER BY r.seq DESC LIMIT 20`;
const DELEGATIONS = `
  SELECT dl.id, p.code, p.title, dl.allocation_amount::text AS amount, dl.coverage_ppm
    FROM delegation dl JOIN power p ON p.id = dl.power_id
   WHERE dl.grantee_id = $1 ORDER BY dl.id DESC LIMIT 20`;
const THREADS = process.env.BASELINE_THREADS_SQL;

// The subtree equivalent (bodies under a code with parent and a page of children each): one
// statement for the page with parents and total, one for all children pages with their totals.
const SUBTREE = `
  SELECT b.id, b.code, b.name, b.level, p.code AS parent_code, p.name AS parent_name, COUNT(*) OVER ()::int AS total
    FROM body b JOIN body_ancestry a ON a.descendant_id = b.id AND a.depth > 0
         AND a.ancestor_id = (SELECT id FROM body WHERE code = $1)
    LEFT JOIN body p ON p.id = b.parent_id
   ORDER BY b.code LIMIT $2`;
const CHILDREN = `
  SELECT parent_id, code, name, total FROM (
    SELECT c.parent_id, c.code, c.name, ROW_NUMBER() OVER (PARTITION BY c.parent_id ORDER BY c.code) AS rn,
           COUNT(*) OVER (PARTITION BY c.parent_id)::int AS total
      FROM body c WHERE c.parent_id = ANY($1)) x
   WHERE rn <= $2 ORDER BY parent_id, code`;

async function subtree(under: string, first: number, childrenFirst: number) {
  const page = (await pool.query(SUBTREE, [under, first])).rows;
  const children = (await pool.query(CHILDREN, [page.map((b) => b.id), childrenFirst])).rows;
  const byParent = new Map<string, typeof children>();
  for (const c of children) (byParent.get(c.parent_id) ?? byParent.set(c.parent_id, []).get(c.parent_id)!).push(c);
  return {
    totalCount: page[0]?.total ?? 0,
    edges: page.map((b) => {
      const kids = byParent.get(b.id) ?? [];
      return {
        node: {
          code: b.code,
          name: b.name,
          level: b.level,
          parent: b.parent_code ? { code: b.parent_code, name: b.parent_name } : null,
          children: { totalCount: kids[0]?.total ?? 0, edges: kids.map((k) => ({ node: { code: k.code, name: k.name } })) },
        },
      };
    }),
  };
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return void res.end('{"status":"ok"}');
  try {
    const auth = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const { payload } = await jwtVerify(auth, key, { algorithms: ['HS256'] });
    for await (const _chunk of req) void _chunk;
    if (req.url === '/subtree') {
      res.setHeader('content-type', 'application/json');
      return void res.end(JSON.stringify({ data: { bodies: await subtree('330000', 50, 10) } }));
    }
    const body = await pool.query('SELECT id, code, name FROM body WHERE code = $1', [payload.body]);
    const id = body.rows[0].id;
    const [pending, delegations, threads] = await Promise.all([
      pool.query(PENDING, [id]),
      pool.query(DELEGATIONS, [id]),
      THREADS ? pool.query(THREADS, [id]) : Promise.resolve({ rows: [] }),
    ]);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { body: { ...body.rows[0], pending: pending.rows, delegations: delegations.rows, threads: threads.rows } } }));
  } catch (err) {
    res.statusCode = 500;
    res.end(JSON.stringify({ error: String(err) }));
  }
});
server.listen(Number(process.env.PORT));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
