import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ALL_ROLES, Role } from '../platform/auth/roles';
import { parseTtl, resolveSecret, signToken, tokenAudience } from '../platform/auth/tokens';
import { loadConfig } from '../platform/config';
import type * as Commands from './commands';
import { fail } from './output';

// `token`, `help` and refusals of bad arguments answer without loading the server's modules; the
// commands that need a database or the schema load them (./commands) when they run.
let loaded: typeof Commands | undefined;
const commands = async (): Promise<typeof Commands> => (loaded ??= await import('./commands.js'));

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
  process.stdout.write((await signToken(secret, { sub, body: values.body, roles: roles as Role[], ttlSeconds }, tokenAudience(config))) + '\n');
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'token':
      return token(rest);
    case 'seed':
      return (await commands()).seed(rest);
    case 'audit':
      return (await commands()).audit(rest);
    case 'evaluation':
      return (await commands()).evaluationCommand(rest);
    case 'backup':
      return (await commands()).backup(rest);
    case 'restore':
      return (await commands()).restore(rest);
    case 'migrate':
      return (await commands()).migrate();
    case 'schema':
      return (await commands()).schema(rest[0]);
    case 'migration':
      return (await commands()).migration(rest);
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
  // Only the database commands throw these: without their module loaded, no error is one.
  if (loaded?.isOperatorRefusal(err)) {
    process.stderr.write(`hub: ${err.message}\n`);
    process.exit(1);
  }
  fail(err instanceof Error ? err.message : String(err));
});
