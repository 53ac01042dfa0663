import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * `dir/hub.sqlite` (where the programs look by default) as a copy of this run's migrated and seeded
 * SQLite template: what `hub seed` would leave there, without running it.
 */
export function seedFromTemplate(dir: string): string {
  const file = path.join(dir, 'hub.sqlite');
  fs.copyFileSync(inject('template'), file);
  return file;
}
