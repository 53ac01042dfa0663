import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countyRows, insertBodies } from '../domains/bodies/body.seed';
import { verifyAuditChain } from '../platform/audit/verify';
import { ALL_ROLES, Role } from '../platform/auth/roles';
import { parseTtl, resolveSecret, signToken } from '../platform/auth/tokens';
import { loadConfig } from '../platform/config';
import { DatabaseLockedError } from '../platform/database/data-dir-lock';
import { runInTransaction } from '../platform/database/transaction';
import { createLogger } from '../platform/logger';
import { openDatabase, openDatabaseAsIs, seedDemoOnce } from '../server/database';
import { printHubSchema } from '../server/schema';
import { backupSqlite, OperationError, restoreSqlite } from './backup';
import { generateMigrations } from './migrations';
import { Evaluation } from '../domains/evaluation/evaluation.entities';
import { verifyEvaluation } from '../domains/evaluation/evaluation.verify';
import { expectGlobalId } from '../platform/graphql/global-id';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const USAGE = `Usage: npm run --silent hub -- <command> [options]

  token --body <code> --role <ROLE>[,<ROLE>] [--ttl 1h] [--sub <account>]
        Print a signed token (HS256) for a body. Roles: ${ALL_ROLES.join(', ')}.
  seed [--counties]
        Load the demo data (once); --counties adds the ~2,850 county-level governments.
  migrate
        Apply pending migrations to the configured database.
  schema print | schema write
        Print schema/schema.graphql as the code defines it, or write it.
  migration generate <PascalName>
        Write migrations for SQLite and PostgreSQL from entity changes (needs PostgreSQL).
  audit verify [--batch 2000]
        Recompute the audit trail's hash chain; exit 1 and name the first broken link if any.
  evaluation verify <id>
        Recompute a stored evaluation from its inputs and from the hub's current records; exit 1
        and name what differs if the total, the inputs hash or any input does not match.
  backup <file> [--pages-per-step 1000]
        Online copy of the embedded database (SQLite backup API) while the hub runs, with progress.
  restore <file>
        Replace the embedded database with a backup (refused while a hub holds it); checks
        integrity_check and the audit chain first. PostgreSQL: pg_dump/pg_restore, docs/OPERATIONS.md.
`;

function fail(message: string): never {
  process.stderr.write(`hub: ${message}\n`);
  process.exit(2);
}

function progressLine(label: string) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (done === total || now - last > 250) {
      last = now;
      process.stderr.write(`\r${label}: ${done}/${total} (${Math.floor((done / Math.max(total, 1)) * 100)}%)${done === total ? '\n' : ''}`);
    }
  };
}

async function token(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { body: { type: 'string' }, role: { type: 'string', multiple: true }, ttl: { type: 'string', default: '1h' }, sub: { type: 'string' } },
  });
  const config = loadConfig();
  if (config.production && !config.jwtSecret) fail('NODE_ENV=production: set HUB_JWT_SECRET to sign tokens (refusing to use a generated secret).');
  if (config.jwksUrl && !config.jwtSecret) fail('HUB_JWKS_URL is set: tokens come from the identity provider, not from this command.');
  if (!values.body) fail('--body <code> is required');
  const roles = (values.role ?? []).flatMap((r) => r.split(',')).map((r) => r.trim().toUpperCase());
  if (roles.length === 0) fail(`--role is required (${ALL_ROLES.join(', ')})`);
  const unknown = roles.filter((r) => !(ALL_ROLES as string[]).includes(r));
  if (unknown.length) fail(`unknown role ${unknown.join(', ')}; use ${ALL_ROLES.join(', ')}`);
  let ttlSeconds: number;
  try {
    ttlSeconds = parseTtl(values.ttl!);
  } catch (err) {
    fail((err as Error).message);
  }
  const secret = resolveSecret(config)!;
  const sub = values.sub ?? `dev:${values.body}:${roles.join('+').toLowerCase()}`;
  process.stdout.write((await signToken(secret, { sub, body: values.body, roles: roles as Role[], ttlSeconds })) + '\n');
}

async function seed(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { counties: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);
  try {
    const loaded = await seedDemoOnce(db, log, progressLine);
    process.stderr.write(loaded ? 'demo data loaded\n' : 'demo data already present\n');
    if (values.counties) {
      const added = await runInTransaction(db, undefined, (em) => insertBodies(em, countyRows(), progressLine('county-level bodies')));
      process.stderr.write(`added ${added} county-level bodies (governments and their departments)\n`);
    }
  } finally {
    await db.dataSource.destroy();
  }
}

async function audit(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { batch: { type: 'string', default: '2000' } } });
  if (positionals[0] !== 'verify') fail('usage: audit verify [--batch 2000]');
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) fail('--batch must be a positive integer');
  const config = loadConfig();
  // A reader beside a running hub: it neither takes the database's lock nor migrates it.
  const db = await openDatabaseAsIs(config, createLogger('warn'));
  try {
    const result = await verifyAuditChain(db, { batchSize, onProgress: progressLine('audit events') });
    const took = `${(result.ms / 1000).toFixed(2)} s`;
    if (result.break) {
      process.stdout.write(`BROKEN at seq ${result.break.seq} (${result.break.kind}): ${result.break.message}; ${result.count} events verified before it, ${took}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`OK: ${result.count} audit events verified in ${took}\n`);
  } finally {
    await db.dataSource.destroy();
  }
}

async function evaluationCommand(argv: string[]): Promise<void> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals[0] !== 'verify' || !positionals[1]) fail('usage: evaluation verify <id>');
  let rowId = positionals[1];
  try {
    rowId = expectGlobalId(rowId, Evaluation.typename, 'id');
  } catch {
    // not a global id: taken as the row id
  }
  const config = loadConfig();
  // A reader beside a running hub, like audit verify: no lock, no migration.
  const db = await openDatabaseAsIs(config, createLogger('warn'));
  try {
    const result = await verifyEvaluation(db.dataSource.manager, rowId);
    if (!result) fail(`no evaluation ${positionals[1]}`);
    const what = `evaluation ${result.evaluation.id} (${result.body} ${result.evaluation.period} v${result.evaluation.version}, ${result.evaluation.status})`;
    if (result.ok) {
      process.stdout.write(`OK: ${what}: total ${result.total} and inputs hash ${result.inputsHash} reproduced from ${result.evaluation.inputs.length} inputs\n`);
    } else {
      process.stdout.write(`MISMATCH: ${what}\n${result.problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.dataSource.destroy();
  }
}

async function backup(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'pages-per-step': { type: 'string', default: '1000' } } });
  if (positionals.length !== 1) fail('usage: backup <file> [--pages-per-step 1000]');
  const pagesPerStep = Number(values['pages-per-step']);
  if (!Number.isInteger(pagesPerStep) || pagesPerStep < 1) fail('--pages-per-step must be a positive integer');
  const result = await backupSqlite(loadConfig(), positionals[0], { pagesPerStep, onProgress: progressLine('backup pages') });
  const head = result.auditHead ? `; audit head seq ${result.auditHead.seq} ${result.auditHead.hash.slice(0, 16)}…` : '';
  process.stdout.write(`OK: backed up ${result.pages} pages (${(result.bytes / 1048576).toFixed(1)} MiB) to ${result.file} in ${(result.ms / 1000).toFixed(2)} s${head}\n`);
}

async function restore(argv: string[]): Promise<void> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length !== 1) fail('usage: restore <file>');
  const config = loadConfig();
  const result = await restoreSqlite(config, positionals[0], createLogger('warn'), {
    onProgress: progressLine('restore pages'),
    onStep: (message) => process.stderr.write(`${message}\n`),
  });
  const kept = result.previous ? `; the replaced database is kept at ${result.previous}` : '';
  process.stdout.write(`OK: restored ${path.resolve(positionals[0])} into ${result.target} (${result.auditEvents} audit events verified) in ${(result.ms / 1000).toFixed(2)} s${kept}\n`);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'token':
      return token(rest);
    case 'seed':
      return seed(rest);
    case 'audit':
      return audit(rest);
    case 'evaluation':
      return evaluationCommand(rest);
    case 'backup':
      return backup(rest);
    case 'restore':
      return restore(rest);
    case 'migrate': {
      const config = loadConfig();
      const db = await openDatabase(config, createLogger(config.logLevel));
      await db.dataSource.destroy();
      process.stderr.write('migrations applied\n');
      return;
    }
    case 'schema': {
      const sdl = printHubSchema();
      if (rest[0] === 'write') {
        fs.writeFileSync(path.join(ROOT, 'schema', 'schema.graphql'), sdl);
        process.stderr.write('wrote schema/schema.graphql\n');
      } else if (rest[0] === 'print' || rest[0] === undefined) process.stdout.write(sdl);
      else fail(`unknown schema action "${rest[0]}"`);
      return;
    }
    case 'migration': {
      if (rest[0] !== 'generate' || !rest[1]) fail('usage: migration generate <PascalName>');
      const files = await generateMigrations(rest[1], createLogger('warn'), ROOT);
      process.stderr.write(files.length ? `wrote\n${files.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}\n` : 'entities and migrations agree; nothing to write\n');
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return;
    default:
      fail(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main().catch((err) => {
  // Refusals an operator acts on (a running hub, a bad backup) exit 1 with their one line.
  if (err instanceof DatabaseLockedError || err instanceof OperationError) {
    process.stderr.write(`hub: ${err.message}\n`);
    process.exit(1);
  }
  fail(err instanceof Error ? err.message : String(err));
});
