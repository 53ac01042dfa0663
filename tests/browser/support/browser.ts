import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestHub } from '../../support/hub';

/** The distribution's Chromium (apt-get install chromium); nothing is downloaded at run time. */
export const CHROMIUM = process.env.HUB_CHROMIUM || '/usr/bin/chromium';
/** Where the tests write a screenshot of every view in both languages (named in the README). */
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'web', 'screenshots');

let shared: Promise<Browser> | undefined;

/**
 * The test file's one Chromium, launched on first use (a launch and its first page cost 1–3 s on a
 * busy machine): each suite works in pages of its own (newPage, signIn) and closes them
 * (closePages); app.test.ts closes the browser after the last suite.
 */
export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk (as .ci/run does), or set HUB_CHROMIUM to another Chromium.`);
  }
  shared ??= chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return shared;
}

/** Closes every page (and its cookies and storage) a suite opened in the shared browser. */
export async function closePages(browser: Browser | undefined): Promise<void> {
  await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
}

/** Closes the shared browser (after the last suite). */
export async function closeBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  await (await browser)?.close();
}

export function originOf(t: TestHub): string {
  return `http://localhost:${t.hub.port}`;
}

/**
 * A new page of its own (own cookies and sessionStorage) with the browser's clock in UTC, so dates
 * on screen prove the app formats them in Asia/Shanghai rather than the machine's zone.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  pageProblems.set(page, problems);
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  });
  return page;
}

// Uncaught errors and Content-Security-Policy violations seen on each page.
const pageProblems = new WeakMap<Page, string[]>();

/** Signs in through the development sign-in page, as a developer would. */
export async function signIn(browser: Browser, t: TestHub, body: string, roles: string[]): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${originOf(t)}/signin`);
  await page.locator('#body-code').fill(body);
  for (const role of ['VIEWER', 'OFFICER', 'LEAD', 'ADMIN']) await page.locator(`input[name=role][value=${role}]`).setChecked(roles.includes(role));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '指令收件箱' }).waitFor();
  await page.locator('[data-connection=connected]').waitFor();
  return page;
}

/** Goes to a view by its navigation link (no reload) and waits for its heading. */
export async function openView(page: Page, linkName: string, heading = linkName): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: linkName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

const AXE = require.resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (rightly) blocks an injected <script>.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// What a leaked error would look like on screen: a JavaScript stack frame or a server file path.
const STACK = /\bat .+\(.+:\d+:\d+\)|\bat (?:async )?[\w.<>]+ \(|\.(?:ts|tsx|js):\d+:\d+|node_modules\/|TypeError:|ReferenceError:|QueryFailedError/;

/** Nothing on screen looks like a stack trace, and the page threw nothing and broke no CSP rule. */
export async function expectNoStackTrace(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(STACK);
  expect(pageProblems.get(page) ?? []).toEqual([]);
}

/** Which delivery a `directiveIssued` cursor names (`dlv1:<sequence>`, base64url). */
export function deliverySequence(cursor: string | null): number {
  const m = /^dlv1:(\d+)$/.exec(Buffer.from(cursor ?? '', 'base64url').toString('utf8'));
  return m ? Number(m[1]) : -1;
}
