import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../src/server/schema';

const root = path.resolve(__dirname, '..', '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** The released schema: at the last tag, or (before the first release) where this branch left main. */
function baseline(): { ref: string; sdl: string } {
  let ref: string;
  try {
    ref = git('describe', '--tags', '--abbrev=0');
  } catch {
    try {
      ref = git('merge-base', 'HEAD', 'main');
    } catch {
      ref = 'HEAD';
    }
  }
  return { ref, sdl: git('show', `${ref}:schema/schema.graphql`) };
}

/** The schema coordinates named in backticks in schema/CHANGES.md. */
function acknowledged(): Set<string> {
  const log = fs.readFileSync(path.join(root, 'schema', 'CHANGES.md'), 'utf8');
  return new Set([...log.matchAll(/`([A-Za-z_][\w.]*(?:\([\w:]*\))?)`/g)].map((m) => m[1]));
}

describe('schema evolution', () => {
  it('has no breaking change against the released schema that schema/CHANGES.md does not name', async () => {
    const { ref, sdl } = baseline();
    const changes = await diff(buildSchema(sdl), buildHubSchema());
    const named = acknowledged();
    const unlisted = changes
      .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
      .filter((c) => !c.path || !named.has(c.path))
      .map((c) => `${c.path}: ${c.message}`);
    expect(unlisted, `breaking against ${ref}; add an entry to schema/CHANGES.md naming each coordinate`).toEqual([]);
  });

  it('finds a breaking change when there is one (the check can fail)', async () => {
    const released = buildSchema('type Query { a: String b(id: ID!): Int }');
    const changed = buildSchema('type Query { a: Int }');
    const breaking = (await diff(released, changed)).filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => c.path);
    expect(breaking.sort()).toEqual(['Query.a', 'Query.b']);
  });
});
