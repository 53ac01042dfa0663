import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, TestHub } from '../support/hub';
import { post } from '../support/raw';
import { closePages, expectNoStackTrace, launchBrowser, newPage, openView, originOf, signIn } from './support/browser';

// Refusals are the hub's, shown where they happen; the app's own checks are only a convenience.
let t: TestHub;
let browser: Browser;
let officer: Page;
let lead: Page;

beforeAll(async () => {
  t = await startTestHub();
  browser = await launchBrowser();
  [officer, lead] = await Promise.all([signIn(browser, t, '330100', ['OFFICER']), signIn(browser, t, '330000', ['LEAD'])]);
});
afterAll(async () => {
  await closePages(browser);
  await t?.stop();
});

async function issuedCount(body: string): Promise<number> {
  const r = await post(t.url, `query($code: String!) { body(code: $code) { directivesIssued { totalCount } inbox: directiveInbox { totalCount } } }`, { code: body }, await t.token('CN', 'LEAD'));
  const b = r.data?.body as { directivesIssued: { totalCount: number }; inbox: { totalCount: number } };
  return b.directivesIssued.totalCount * 1000 + b.inbox.totalCount;
}

describe('refusals in the browser', () => {
  it('a Hangzhou officer does not get the issue form', async () => {
    await openView(officer, '签发指令');
    await officer.getByRole('alert').filter({ hasText: '只有本主体的签批人（LEAD）可以签发指令。' }).waitFor();
    expect(await officer.locator('#d-title').count()).toBe(0);
    await expectNoStackTrace(officer);
  });

  it('a forged role shows the form, and the hub refuses the request in place; nothing is issued', async () => {
    // The page is told the officer is a LEAD (a tampered response): only the hub can refuse now.
    await officer.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('"operationName":"Viewer"')) return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { viewer: { roles: string[] } } };
      body.data.viewer.roles = ['OFFICER', 'LEAD'];
      await route.fulfill({ response, json: body });
    });
    await officer.reload();
    await officer.locator('#d-title').waitFor();
    const before = await issuedCount('330100');
    const direct = await post(t.url, 'mutation { issueDirective(input: { title: "x", content: "y", recipientCodes: ["330100-FIN"] }) { directive { id } } }', {}, await t.token('330100', 'OFFICER'));
    const serverMessage = direct.errors?.[0]?.message ?? '';
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await officer.locator('#d-title').fill('伪造的指令');
    await officer.locator('#d-content').fill('不应被签发。');
    await officer.locator('input[name=recipient][value="330100-FIN"]').check();
    await officer.getByRole('button', { name: '签发', exact: true }).click();
    const alert = officer.locator('form [role=alert]');
    await alert.filter({ hasText: 'FORBIDDEN' }).waitFor();
    expect(await alert.innerText()).toContain(serverMessage);
    expect(await issuedCount('330100')).toBe(before);
    await expectNoStackTrace(officer);
    await officer.unroute('**/graphql');
  });

  it('a lead’s request forged to reach another province is refused in place; nothing is issued', async () => {
    await openView(lead, '签发指令');
    // The picker offers only Zhejiang's subtree; the request is rewritten on its way to name Nanjing.
    await lead.route('**/graphql', async (route) => {
      const data = route.request().postData() ?? '';
      if (!data.includes('"operationName":"IssueDirective"')) return route.fallback();
      const body = JSON.parse(data) as { variables: { input: { recipientCodes: string[] } } };
      body.variables.input.recipientCodes = ['320100'];
      await route.continue({ postData: JSON.stringify(body) });
    });
    const before = [await issuedCount('330000'), await issuedCount('320100')];
    await lead.locator('#d-title').fill('越界的指令');
    await lead.locator('#d-content').fill('不应送达南京。');
    await lead.locator('input[name=recipient][value="330100"]').check();
    await lead.getByRole('button', { name: '签发', exact: true }).click();
    const alert = lead.locator('form [role=alert]');
    await alert.filter({ hasText: 'FORBIDDEN' }).waitFor();
    expect(await alert.innerText()).toMatch(/320100|南京|subtree|jurisdiction/i);
    expect([await issuedCount('330000'), await issuedCount('320100')]).toEqual(before);
    await expectNoStackTrace(lead);
    await lead.unroute('**/graphql');
  });

  it('a token the hub does not accept is refused with the hub’s reason on the sign-in page', async () => {
    const page = await newPage(browser);
    await page.goto(`${originOf(t)}/signin`);
    await page.locator('#token').fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged');
    await page.getByRole('button', { name: '使用令牌登录' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '令牌未被接受' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Invalid bearer token.*UNAUTHENTICATED/s);
    await expectNoStackTrace(page);
    await page.context().close();
  });

  it('an address that names no thread shows the hub’s answer, not a stack trace', async () => {
    await officer.goto(`${originOf(t)}/threads/not-a-thread-id`);
    await officer.getByRole('heading', { level: 1, name: '部门协调' }).waitFor();
    await officer.locator('[role=alert], main p', { hasText: /不存在|BAD_USER_INPUT|not/ }).first().waitFor();
    await expectNoStackTrace(officer);
  });

  it('a session whose token expires ends on the sign-in page with a notice', async () => {
    const page = await newPage(browser);
    // Long enough to connect on a loaded machine (two test workers), short enough to expire in the test.
    const token = await t.token('330100', 'OFFICER', 4);
    // Signed in once, as the sign-in page would leave it (later loads must not put the token back).
    await page.context().addInitScript((value) => {
      const storage = (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } }).sessionStorage;
      if (storage.getItem('test.seeded')) return;
      storage.setItem('test.seeded', '1');
      storage.setItem('hub.token', value);
    }, token);
    await page.goto(`${originOf(t)}/inbox`);
    await page.locator('[data-connection=connected]').waitFor();
    // The hub closes the live connection when the token expires (4401); the page does not stay half signed in.
    await page.getByRole('alert').filter({ hasText: '登录已失效' }).waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/signin');
    await expectNoStackTrace(page);
    await page.context().close();
  });
});
