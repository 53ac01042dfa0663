import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dialect, HubConfig } from '../platform/config';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/database/data-source';
import { createTempDatabase } from '../platform/database/postgres-admin';
import type { Logger } from '../platform/logger';
import { openDatabase } from '../server/database';

/** The statements that would bring a migrated database in line with the entities. */
export async function pendingSchemaChanges(db: Database): Promise<{ up: string[]; down: string[] }> {
  const sql = await db.dataSource.driver.createSchemaBuilder().log();
  return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query) };
}

/** Opens a scratch database of the dialect with all migrations applied, runs fn, throws it away. */
export async function withScratchDatabase<T>(dialect: Dialect, log: Logger, fn: (db: Database) => Promise<T>, adminUrl?: string): Promise<T> {
  const base: HubConfig = { ...loadConfig(), dialect: 'sqlite', databaseUrl: undefined };
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-scratch-'));
    const config: HubConfig = { ...base, sqliteFile: path.join(dir, 'scratch.sqlite') };
    const db = await openDatabase(config, log);
    try {
      return await fn(db);
    } finally {
      await db.dataSource.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const temp = await createTempDatabase(adminUrl ?? base.pgAdminUrl, 'hub_scratch');
  const db = await openDatabase({ ...base, dialect: 'postgres', databaseUrl: temp.url, dbPoolSize: 2 }, log);
  try {
    return await fn(db);
  } finally {
    await db.dataSource.destroy();
    await temp.drop();
  }
}

function escape(query: string): string {
  return query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** Writes a migration for each dialect from the difference between entities and migrations. */
export async function generateMigrations(name: string, log: Logger, root: string): Promise<string[]> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('migration name must be PascalCase, e.g. AddDirectives');
  const timestamp = Date.now();
  const written: string[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const changes = await withScratchDatabase(dialect, log, pendingSchemaChanges);
    if (changes.up.length === 0) {
      log.info({ dialect }, 'no schema changes');
      continue;
    }
    const className = `${name}${timestamp}`;
    const file = path.join(root, 'migrations', dialect, `${timestamp}-${name}.ts`);
    const body = (qs: string[]) => qs.map((q) => `    await queryRunner.query(\`${escape(q)}\`);`).join('\n');
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(changes.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body([...changes.down].reverse())}
  }
}
`,
    );
    const index = path.join(root, 'migrations', dialect, 'index.ts');
    const src = fs.readFileSync(index, 'utf8');
    const listName = dialect === 'sqlite' ? 'sqliteMigrations' : 'postgresMigrations';
    const updated = `import { ${className} } from './${timestamp}-${name}';\n` + src.replace(new RegExp(`(${listName}: Function\\[\\] = \\[)([^\\]]*)\\]`), (_m, head: string, items: string) => `${head}${items.trim() ? `${items.trim().replace(/,$/, '')}, ` : ''}${className}]`);
    fs.writeFileSync(index, updated);
    written.push(file);
  }
  return written;
}
