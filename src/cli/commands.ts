import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countyRows, insertBodies } from '../domains/bodies/body.seed';
import { Evaluation } from '../domains/evaluation/evaluation.entities';
import { verifyEvaluation } from '../domains/evaluation/evaluation.verify';
import { verifyAuditChain } from '../platform/audit/verify';
import { loadConfig } from '../platform/config';
import { DatabaseLockedError } from '../platform/database/data-dir-lock';
import { runInTransaction } from '../platform/database/transaction';
import { expectGlobalId } from '../platform/graphql/global-id';
import { createLogger } from '../platform/logger';
import { openDatabase, openDatabaseAsIs, seedDemoOnce } from '../server/database';
import { printHubSchema } from '../server/schema';
import { backupSqlite, OperationError, restoreSqlite } from './backup';
import { generateMigrations } from './migrations';
import { fail, progressLine } from './output';

// The commands that open a database or build the schema: they load the server's modules (~1 s),
// so hub.ts imports this file only when one of them runs.

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Refusals an operator acts on (a running hub holds the database, a bad backup): one line, exit 1. */
export function isOperatorRefusal(err: unknown): err is Error {
  return err instanceof DatabaseLockedError || err instanceof OperationError;
}

export async function seed(argv: string[]): Promise<void> {
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

export async function audit(argv: string[]): Promise<void> {
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

export async function evaluationCommand(argv: string[]): Promise<void> {
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

export async function backup(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'pages-per-step': { type: 'string', default: '1000' } } });
  if (positionals.length !== 1) fail('usage: backup <file> [--pages-per-step 1000]');
  const pagesPerStep = Number(values['pages-per-step']);
  if (!Number.isInteger(pagesPerStep) || pagesPerStep < 1) fail('--pages-per-step must be a positive integer');
  const result = await backupSqlite(loadConfig(), positionals[0], { pagesPerStep, onProgress: progressLine('backup pages') });
  const head = result.auditHead ? `; audit head seq ${result.auditHead.seq} ${result.auditHead.hash.slice(0, 16)}…` : '';
  process.stdout.write(`OK: backed up ${result.pages} pages (${(result.bytes / 1048576).toFixed(1)} MiB) to ${result.file} in ${(result.ms / 1000).toFixed(2)} s${head}\n`);
}

export async function restore(argv: string[]): Promise<void> {
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

export async function migrate(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  await db.dataSource.destroy();
  process.stderr.write('migrations applied\n');
}

export function schema(action: string | undefined): void {
  const sdl = printHubSchema();
  if (action === 'write') {
    fs.writeFileSync(path.join(ROOT, 'schema', 'schema.graphql'), sdl);
    process.stderr.write('wrote schema/schema.graphql\n');
  } else if (action === 'print' || action === undefined) process.stdout.write(sdl);
  else fail(`unknown schema action "${action}"`);
}

export async function migration(argv: string[]): Promise<void> {
  if (argv[0] !== 'generate' || !argv[1]) fail('usage: migration generate <PascalName>');
  const files = await generateMigrations(argv[1], createLogger('warn'), ROOT);
  process.stderr.write(files.length ? `wrote\n${files.map((f) => `  ${path.relative(ROOT, f)}`).join('\n')}\n` : 'entities and migrations agree; nothing to write\n');
}
