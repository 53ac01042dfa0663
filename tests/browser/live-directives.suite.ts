import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssueDirectiveDocument } from '../generated/graphql';
import { startTestHub, TestHub } from '../support/hub';
import { closePages, deliverySequence, expectNoStackTrace, launchBrowser, openView, screenshot, signIn } from './support/browser';

// Two department staff in front of their browsers: Zhejiang's lead issues, Hangzhou's officer receives.
let t: TestHub;
let browser: Browser;
let lead: Page;
let officer: Page;
// The officer's WebSocket passes through this gate; closing it drops the connection and refuses new ones.
let gateOpen = true;
const sockets: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  t = await startTestHub();
  browser = await launchBrowser();
  lead = await signIn(browser, t, '330000', ['LEAD']);
  officer = await signIn(browser, t, '330100', ['OFFICER']);
  await officer.routeWebSocket(/\/graphql$/, (ws) => {
    if (!gateOpen) return ws.close({ code: 1013, reason: 'Try again later' });
    const server = ws.connectToServer();
    sockets.push({ close: () => server.close({ code: 1001, reason: 'Going away' }) });
  });
  // The route applies to sockets opened from now on: reload once so the officer's goes through it.
  await officer.reload();
  await officer.locator('[data-connection=connected]').waitFor();
});
afterAll(async () => {
  await closePages(browser);
  await t?.stop();
});

async function issueFromTheLeadPage(title: string): Promise<void> {
  await lead.locator('#d-title').fill(title);
  await lead.locator('#d-content').fill(`${title}：请于期限内确认并反馈落实情况。`);
  await lead.locator('input[name=recipient][value="330100"]').check();
  await lead.locator('#d-ackby').fill('2030-06-30T17:00');
  await lead.getByRole('button', { name: '签发', exact: true }).click();
  await lead.getByRole('status').filter({ hasText: '指令已签发' }).waitFor();
}

const cursorOf = (page: Page) => page.evaluate(() => {
  const storage = (globalThis as unknown as { sessionStorage: { key(i: number): string | null; getItem(k: string): string | null; length: number } }).sessionStorage;
  for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith('hub.cursor.directives:')) return storage.getItem(storage.key(i)!);
  return null;
});

describe('a directive, live from the lead to the officer', () => {
  it('appears on the officer page within 2 s without a reload; the acknowledgement shows in the lead’s progress', async () => {
    await openView(lead, '签发指令');
    const title = `关于推进一网通办的通知 ${Date.now()}`;
    expect(await officer.getByText(title).count()).toBe(0);
    const navigations: string[] = [];
    officer.on('framenavigated', (f) => navigations.push(f.url()));

    await issueFromTheLeadPage(title);
    const card = officer.locator('li.card', { hasText: title });
    await card.waitFor({ state: 'visible', timeout: 2000 });
    expect(navigations).toEqual([]); // no reload, no navigation: it came over the live connection
    await expect(card.innerText()).resolves.toMatch(/2030年6月30日 17:00/); // the deadline, in Beijing time although the browser runs in UTC

    const progress = lead.locator('tr', { hasText: title }).locator('.progress-text');
    await expect(progress.getAttribute('data-acknowledged')).resolves.toBe('0');
    await card.getByRole('button', { name: '确认收到' }).click();
    await card.locator('.badge.done', { hasText: '已确认' }).waitFor();
    // Live on the issuer's side too (reformEvents DIRECTIVE_ACKNOWLEDGED), without a reload.
    await lead.locator('tr', { hasText: title }).locator('.progress-text[data-acknowledged="1"][data-total="1"]').waitFor({ timeout: 2000 });
    await screenshot(officer, 'live-inbox-acknowledged.zh');
    await screenshot(lead, 'live-issue-progress.zh');
    await expectNoStackTrace(officer);
    await expectNoStackTrace(lead);
  });

  it('survives a hub restart and shows, from its cursor, a directive issued while its connection was down', async () => {
    const before = deliverySequence(await cursorOf(officer));
    expect(before).toBeGreaterThan(0);

    gateOpen = false;
    await t.restart();
    await Promise.all(sockets.splice(0).map((s) => s.close().catch(() => undefined)));
    await officer.locator('[data-connection=offline]').waitFor();
    await lead.locator('[data-connection=connected]').waitFor(); // the lead's page reconnected by itself

    // Issued while the officer's page is cut off: only the resumed stream can bring it.
    const title = `断线期间签发的指令 ${Date.now()}`;
    const issued = await t.run(IssueDirectiveDocument, { input: { title, content: '请确认。', recipientCodes: ['330100'], requiresAcknowledgement: true } }, '330000:LEAD');
    expect(issued.data?.issueDirective.userErrors).toEqual([]);
    expect(await officer.getByText(title).count()).toBe(0);

    gateOpen = true;
    await officer.locator('li.card', { hasText: title }).waitFor({ timeout: 10_000 });
    await officer.locator('[data-connection=connected]').waitFor();
    // It came through directiveIssued(after:): the page's cursor moved past the one it had.
    await expect.poll(async () => deliverySequence(await cursorOf(officer)), { timeout: 5000 }).toBeGreaterThan(before);
    expect(await officer.locator('li.card', { hasText: title }).count()).toBe(1); // and only once

    // Still live after the restart.
    const after = `重启后签发的指令 ${Date.now()}`;
    await issueFromTheLeadPage(after);
    await officer.locator('li.card', { hasText: after }).waitFor({ timeout: 2000 });
    await expectNoStackTrace(officer);
  });

  it('a cursor the hub does not know (its data was replaced) does not end the live inbox', async () => {
    await officer.evaluate(() => {
      const storage = (globalThis as unknown as { sessionStorage: { key(i: number): string | null; setItem(k: string, v: string): void; length: number } }).sessionStorage;
      for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith('hub.cursor.directives:')) storage.setItem(storage.key(i)!, 'not-a-cursor-of-this-hub');
    });
    await officer.reload();
    await officer.locator('[data-connection=connected]').waitFor();
    await expect.poll(() => cursorOf(officer), { timeout: 5000 }).toBeNull(); // dropped, and the stream started afresh
    await officer.locator('li.card').first().waitFor(); // the inbox has loaded
    const title = `换库后签发的指令 ${Date.now()}`;
    await t.run(IssueDirectiveDocument, { input: { title, content: '请确认。', recipientCodes: ['330100'] } }, '330000:LEAD');
    await officer.locator('li.card', { hasText: title }).waitFor({ timeout: 2000 });
    // Delivered by the fresh stream (the inbox query may have shown it first): the page holds a valid cursor again.
    await expect.poll(async () => deliverySequence(await cursorOf(officer)), { timeout: 5000 }).toBeGreaterThan(0);
  });
});
