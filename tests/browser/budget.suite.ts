import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../src/server/web';
import { startTestHub, TestHub } from '../support/hub';
import { closePages, launchBrowser, newPage, originOf } from './support/browser';

// The app must stay light: what a first visit loads before any view is opened (the entry and its
// static imports) is at most 300 KB of JavaScript, gzipped. Views and ECharts load later, on demand.
const BUDGET_GZIP_BYTES = 300 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = () => JSON.parse(fs.readFileSync(path.join(WEB_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(WEB_DIST, file)), { level: 9 }).length;

/** The files of the entry and everything it imports statically (what the browser must fetch to start). */
function initialFiles(chunks: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.entries(chunks)
    .filter(([, c]) => c.isEntry)
    .forEach(([key]) => visit(key));
  return files;
}

describe('the JavaScript budget', () => {
  it(`keeps the initial JavaScript within ${BUDGET_GZIP_BYTES / 1024} KB gzipped, with ECharts out of it`, () => {
    const chunks = manifest();
    const initial = [...initialFiles(chunks)].filter((f) => f.endsWith('.js'));
    const total = initial.reduce((sum, f) => sum + gzipSize(f), 0);
    const echarts = Object.values(chunks).find((c) => c.file.includes('CoverageChart'));
    process.stdout.write(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${initial.length} files; chart chunk ${(gzipSize(echarts!.file) / 1024).toFixed(1)} KB gzipped (lazy)\n`);
    expect(initial.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(initial).not.toContain(echarts!.file);
  });

  describe('in the browser', () => {
    let t: TestHub;
    let browser: Browser;
    beforeAll(async () => {
      t = await startTestHub();
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await closePages(browser);
      await t?.stop();
    });

    it('a first visit fetches exactly the initial files the budget counts', async () => {
      const page = await newPage(browser);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.slice(1));
      });
      await page.goto(`${originOf(t)}/signin`, { waitUntil: 'load' });
      await page.locator('input[name=body]').first().waitFor();
      const initial = initialFiles(manifest());
      const signIn = manifest()['src/views/SignInView.tsx'];
      // Everything fetched is either counted in the budget or the opened view's own chunk.
      const allowed = new Set([...initial, signIn.file, ...(signIn.imports ?? []).map((k) => manifest()[k].file)]);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((s) => !allowed.has(s))).toEqual([]);
      expect(scripts.some((s) => s.includes('CoverageChart'))).toBe(false);
    });
  });
});
