import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AcknowledgementSummaryDocument, DelegatePowerDocument, IssueDirectiveDocument, IssueRectificationOrderDocument, RecordRiskAssessmentDocument, ReportTaskProgressDocument, OpenCoordinationThreadDocument, PostThreadMessageDocument, SubmitFeedbackDocument } from '../generated/graphql';
import { startTestHub, TestHub } from '../support/hub';
import { find, plan, visit } from '../support/inspections';
import { post } from '../support/raw';
import { closePages, expectNoStackTrace, launchBrowser, newPage, openView, originOf, screenshot, seriousViolations, signIn } from './support/browser';

// Every view, in Chinese and in English: axe-core finds nothing serious or critical, no stack trace
// shows, and a screenshot is written to web/screenshots/<view>.<lang>.png.
type Who = 'lead' | 'officer' | 'public';
interface View {
  name: string;
  who: Who;
  /** The navigation link (and heading) per language; absent: opened by `open`. */
  link?: { zh: string; en: string };
  open?: (page: Page) => Promise<void>;
  /** Shown once the view has its data. */
  ready: string;
}

// The demo's central decision, adopted through all five stages (src/domains/decisions/decision.seed.ts).
const CN_DECISION = '关于全面推行企业投资项目承诺制改革的决定';

const VIEWS: View[] = [
  { name: 'inbox', who: 'lead', link: { zh: '指令收件箱', en: 'Directive inbox' }, ready: 'li.card' },
  { name: 'issue', who: 'lead', link: { zh: '签发指令', en: 'Issue a directive' }, ready: 'input[name=recipient]' },
  { name: 'feedback', who: 'lead', link: { zh: '反馈收件箱', en: 'Feedback inbox' }, ready: 'li.card' },
  { name: 'powers', who: 'lead', link: { zh: '事权与财权', en: 'Powers and money' }, ready: '.chart svg' },
  { name: 'threads', who: 'officer', link: { zh: '部门协调', en: 'Coordination' }, ready: 'main table a' },
  {
    name: 'thread',
    who: 'officer',
    open: async (page) => {
      await page.locator('main table a').first().click();
      await page.locator('#thread-subject').waitFor();
    },
    ready: '.chat li',
  },
  { name: 'decisions', who: 'lead', link: { zh: '改革决策', en: 'Reform decisions' }, ready: 'main table a' },
  {
    name: 'decision',
    who: 'lead',
    open: async (page) => {
      await page.getByRole('link', { name: CN_DECISION }).click();
      await page.locator('#decision-title').waitFor();
    },
    ready: '.timeline li',
  },
  { name: 'tasks', who: 'lead', link: { zh: '改革任务', en: 'Reform tasks' }, ready: '[role=progressbar]' },
  { name: 'evaluations', who: 'lead', link: { zh: '政绩考核', en: 'Evaluations' }, ready: '.chart svg' },
  { name: 'pilots', who: 'lead', link: { zh: '改革试点', en: 'Pilots' }, ready: 'table.pilots tbody tr' },
  { name: 'supervision', who: 'officer', link: { zh: '督察整改', en: 'Supervision' }, ready: 'table.orders-received tbody tr' },
  { name: 'portal', who: 'public', link: { zh: '阳光改革', en: 'Open reform' }, ready: 'table.public-tasks tbody tr' },
  { name: 'public', who: 'public', link: { zh: '公开指令', en: 'Public directives' }, ready: 'li.card' },
  { name: 'signin', who: 'public', open: async (page) => void (await page.getByRole('navigation').getByRole('link', { name: /^(登录|Sign in)$/ }).click()), ready: 'input[name=body]' },
];

let t: TestHub;
let browser: Browser;
const pages = {} as Record<Who, Page>;

beforeAll(async () => {
  t = await startTestHub();
  browser = await launchBrowser();
  // Something in every list: a public directive, and one awaiting acknowledgement.
  await t.run(IssueDirectiveDocument, { input: { title: '关于公开改革任务清单的通知', content: '年度重大改革任务清单向社会公开。', recipientCodes: ['330100'], public: true } }, '330000:LEAD');
  [pages.lead, pages.officer] = await Promise.all([signIn(browser, t, '330000', ['OFFICER', 'LEAD']), signIn(browser, t, '330100', ['OFFICER'])]);
  pages.public = await newPage(browser);
  await pages.public.goto(`${originOf(t)}/public`);
});
afterAll(async () => {
  await closePages(browser);
  await t?.stop();
});

/** Switches the page's language with the header button, unless it is in that language already. */
async function useLanguage(page: Page, lang: 'zh' | 'en'): Promise<void> {
  const button = page.getByRole('banner').getByRole('button', { name: new RegExp(lang === 'en' ? 'English' : '中文') });
  if (await button.count()) await button.click();
  await page.waitForFunction((l) => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang.startsWith(l), lang);
}

describe.each(['zh', 'en'] as const)('every view in %s', (lang) => {
  beforeAll(async () => {
    for (const page of Object.values(pages)) await useLanguage(page, lang);
  });

  it.each(VIEWS.map((v) => [v.name, v] as const))('%s: accessible, no stack trace, screenshot', async (name, view) => {
    const page = pages[view.who];
    if (view.link) {
      await page.getByRole('navigation').getByRole('link', { name: view.link[lang], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: view.link[lang], exact: true }).waitFor();
    } else {
      await view.open!(page);
    }
    await page.locator(view.ready).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoStackTrace(page);
    await screenshot(page, `${name}.${lang}`);
  });
});

describe('live beyond the inbox', () => {
  it('feedback from Hangzhou appears in Zhejiang’s feedback inbox without reload, and is answered there', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    await page.getByRole('navigation').getByRole('link', { name: 'Feedback inbox', exact: true }).click();
    await page.locator('li.card').first().waitFor();
    const content = `杭州市反映：审批系统对接存在数据标准不一致的问题 ${Date.now()}`;
    const sent = await t.run(SubmitFeedbackDocument, { input: { kind: 'PROBLEM', content, toBodyCode: '330000' } }, '330100:OFFICER');
    expect(sent.data?.submitFeedback.userErrors).toEqual([]);
    const card = page.locator('li.card', { hasText: content });
    await card.waitFor({ timeout: 2000 });
    await card.getByLabel('Answer', { exact: true }).fill('省发改委将统一数据标准，两周内下发。');
    await card.getByRole('button', { name: 'Answer', exact: true }).click();
    await card.locator('.badge.done', { hasText: 'Answered' }).waitFor();
    await expectNoStackTrace(page);
  });

  it('a message posted in a thread appears in the open conversation (threadActivity)', async () => {
    const page = pages.officer;
    await page.getByRole('navigation').getByRole('link', { name: /^(部门协调|Coordination)$/ }).click();
    await page.locator('main table a').first().click();
    await page.locator('#thread-subject').waitFor();
    const threadId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    const thread = await post(t.url, 'query($id: ID!) { node(id: $id) { ... on CoordinationThread { participants { code } } } }', { id: threadId }, await t.token('CN', 'LEAD'));
    const other = (thread.data?.node as { participants: { code: string }[] }).participants.map((p) => p.code).find((c) => c !== '330100')!;
    const content = `${other} 补充意见：联审时限压缩至10个工作日 ${Date.now()}`;
    const posted = await t.run(PostThreadMessageDocument, { input: { threadId, content } }, `${other}:OFFICER`);
    expect(posted.data?.postThreadMessage.userErrors).toEqual([]);
    await page.locator('.chat li', { hasText: content }).waitFor({ timeout: 2000 });
    await expectNoStackTrace(page);
  });
});

describe('signing and revoking a delegation on the powers view', () => {
  it('a LEAD signs an officer’s proposal, then revokes it and sees the money returned', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    const received = await post(t.url, '{ body(code: "330000") { delegationsReceived { edges { node { id power { code } fiscalYear } } } } }', {}, await t.token('330000', 'LEAD'));
    const parent = (received.data?.body as { delegationsReceived: { edges: { node: { id: string; power: { code: string }; fiscalYear: number } }[] } }).delegationsReceived.edges
      .map((e) => e.node)
      .find((d) => d.power.code === 'ENTERPRISE-INVESTMENT-APPROVAL')!;
    const proposed = await t.run(
      DelegatePowerDocument,
      { input: { powerCode: 'ENTERPRISE-INVESTMENT-APPROVAL', toBodyCode: '330300', parentDelegationId: parent.id, fiscalAllocation: { amount: '1234567.89', fiscalYear: parent.fiscalYear, source: 'TRANSFER_PAYMENT' } } },
      '330000:OFFICER',
    );
    expect(proposed.data?.delegatePower.delegation?.status).toBe('PROPOSED');

    await page.getByRole('navigation').getByRole('link', { name: 'Powers and money', exact: true }).click();
    const row = page.locator('tr', { hasText: '¥1,234,567.89' });
    await row.getByRole('button', { name: 'Sign', exact: true }).click();
    await row.locator('td', { hasText: /^Active$/ }).waitFor();
    await row.getByLabel('Reason for revoking').fill('试点调整');
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '¥1,234,567.89 returned.' }).waitFor();
    await page.locator('tr', { hasText: '¥1,234,567.89' }).locator('td', { hasText: /^Revoked$/ }).first().waitFor();
    await expectNoStackTrace(page);
  });
});

describe('revising a directive because of feedback', () => {
  it('the lead revises from the feedback card; the officer’s inbox receives the new version live', async () => {
    const [lead, officer] = [pages.lead, pages.officer];
    await useLanguage(lead, 'en');
    await useLanguage(officer, 'en');
    await officer.getByRole('navigation').getByRole('link', { name: 'Directive inbox', exact: true }).click();
    const inbox = await post(t.url, '{ body(code: "330100") { directiveInbox(first: 50) { edges { node { directive { id version title issuer { code } } } } } } }', {}, await t.token('330100', 'OFFICER'));
    const latest = (inbox.data?.body as { directiveInbox: { edges: { node: { directive: { id: string; version: number; title: string; issuer: { code: string } } } }[] } }).directiveInbox.edges
      .map((e) => e.node.directive)
      .filter((d) => d.issuer.code === '330000')
      .sort((a, b) => b.version - a.version)[0];
    const content = `窗口人员不足，建议分批实施 ${Date.now()}`;
    const sent = await t.run(SubmitFeedbackDocument, { input: { kind: 'OBJECTION', content, directiveId: latest.id } }, '330100:OFFICER');
    expect(sent.data?.submitFeedback.userErrors).toEqual([]);

    await lead.getByRole('navigation').getByRole('link', { name: 'Feedback inbox', exact: true }).click();
    const card = lead.locator('li.card', { hasText: content });
    await card.getByRole('button', { name: 'Revise the directive because of this' }).click();
    const revisedTitle = `${latest.title}（分批实施）`;
    await card.getByLabel('Revised title').fill(revisedTitle);
    await card.locator('form button[type=submit]', { hasText: 'Revise the directive because of this' }).click();
    await card.getByRole('status').filter({ hasText: `Version ${latest.version + 1} issued.` }).waitFor();
    await officer.locator('li.card', { hasText: revisedTitle }).waitFor({ timeout: 2000 });
    await expectNoStackTrace(lead);
  });
});

describe('keyboard only', () => {
  it('skip link, navigation and actions work from the keyboard, and focus follows the view', async () => {
    const page = pages.public;
    await useLanguage(page, 'zh');
    await page.goto(`${originOf(t)}/public`);
    await page.locator('li.card').first().waitFor();
    const focused = () => page.evaluate(() => {
      const el = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null; id: string } | null } }).document.activeElement;
      return el ? `${el.tagName.toLowerCase()}#${el.id}:${(el.textContent ?? '').trim()}` : '';
    });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a#:跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatch(/^main#main:/);
    // Into the navigation by Tab, then open the sign-in view with Enter: its heading takes the focus.
    await page.getByRole('navigation').getByRole('link', { name: '公开指令' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a#:登录');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    expect(await focused()).toBe('h1#:登录');

    // A signed-in officer acknowledges with the keyboard alone.
    const lead = pages.lead;
    await useLanguage(lead, 'zh');
    await lead.getByRole('navigation').getByRole('link', { name: '指令收件箱', exact: true }).click();
    const card = lead.locator('li.card', { has: lead.getByRole('button', { name: '确认收到' }) }).first();
    const title = await card.locator('h3').innerText();
    await card.getByRole('button', { name: '确认收到' }).focus();
    await lead.keyboard.press('Enter');
    await lead.locator('li.card', { hasText: title }).locator('.badge.done', { hasText: '已确认' }).waitFor();
  });
});

describe('settling coordination threads', () => {
  it('the lead resolves its thread; a participant escalates another one', async () => {
    const subject = `政务数据共享目录编制 ${Date.now()}`;
    const opened = await t.run(OpenCoordinationThreadDocument, { input: { subject, leadBodyCode: '330100-DRC', participantCodes: ['330100-FIN'], dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() } }, '330100-DRC:LEAD');
    expect(opened.data?.openCoordinationThread.userErrors).toEqual([]);
    const drc = await signIn(browser, t, '330100-DRC', ['LEAD']);
    await drc.getByRole('navigation').getByRole('link', { name: '部门协调', exact: true }).click();
    await drc.getByRole('link', { name: subject }).click();
    await drc.locator('#resolution').fill('各部门限时5个工作日出具意见，统一验收入口由市发改委负责。');
    await drc.getByRole('button', { name: '办结', exact: true }).click();
    await drc.locator('.meta', { hasText: '已办结' }).waitFor();
    await drc.locator('.ok', { hasText: '统一验收入口由市发改委负责' }).waitFor();
    expect(await drc.locator('#message').count()).toBe(0); // read-only now
    await expectNoStackTrace(drc);
    await drc.context().close();

    const officer = pages.officer;
    await useLanguage(officer, 'zh');
    await officer.getByRole('navigation').getByRole('link', { name: '部门协调', exact: true }).click();
    await officer.locator('tr', { hasText: '进行中' }).locator('a').first().click();
    await officer.locator('#esc-reason').fill('省直部门意见分歧，协商两轮仍未达成一致。');
    await officer.getByRole('button', { name: '提请上级协调', exact: true }).click();
    await officer.locator('.meta', { hasText: '已提级' }).waitFor();
    await expectNoStackTrace(officer);
  });
});

describe('inbox filters', () => {
  it('unread, pending and overdue follow the receipt and the deadline the hub keeps', async () => {
    const page = pages.officer;
    await useLanguage(page, 'zh');
    await page.getByRole('navigation').getByRole('link', { name: '指令收件箱', exact: true }).click();
    const title = `限时确认的指令 ${Date.now()}`;
    const issued = await t.run(
      IssueDirectiveDocument,
      { input: { title, content: '请在两秒内确认。', recipientCodes: ['330100'], requiresAcknowledgement: true, acknowledgeBy: new Date(Date.now() + 1500).toISOString() } },
      '330000:LEAD',
    );
    const id = issued.data!.issueDirective.directive!.id;
    const card = page.locator('li.card', { hasText: title });
    await card.waitFor({ timeout: 2000 });
    const filter = (name: string) => page.getByRole('group', { name: '筛选' }).getByRole('button', { name: new RegExp(`^${name}`) });

    await filter('未读').click();
    await card.waitFor();
    await card.getByRole('button', { name: '标为已读' }).click();
    await card.waitFor({ state: 'detached' }); // read: no longer under "unread"
    await filter('待确认').click();
    await card.waitFor(); // still to acknowledge
    // Once the hub counts it overdue, so does the page.
    await expect.poll(async () => (await t.run(AcknowledgementSummaryDocument, { id }, '330000:LEAD')).data?.node, { timeout: 10_000 }).toMatchObject({ acknowledgementSummary: { overdue: 1 } });
    await filter('已逾期').click();
    await card.locator('.badge.overdue').waitFor();
    await filter('全部').click();
  });
});

describe('the decision, task and supervision views show the demo data', () => {
  it('the CN-REFORM adopted decision: five completed stages with who, when and the bound version, nothing missing, its directive', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    await openView(page, 'Reform decisions');
    await page.getByRole('link', { name: CN_DECISION }).click();
    await page.getByRole('heading', { level: 2, name: CN_DECISION }).waitFor();
    const completed = page.locator('.timeline li.stage-COMPLETED');
    await completed.first().waitFor();
    expect(await completed.count()).toBe(5);
    for (const text of await completed.allInnerTexts()) {
      expect(text).toMatch(/Completed by: \S/);
      expect(text).toMatch(/on draft \d+/);
      expect(text).toMatch(/\d{4}, \d{2}:\d{2}/); // when (Beijing time)
    }
    expect(await page.locator('.timeline li:not(.stage-COMPLETED)').count()).toBe(0);
    await page.getByText('Every required stage is completed.').waitFor();
    await page.locator('ul.directives li', { hasText: '关于贯彻落实企业投资项目承诺制改革决定的通知' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoStackTrace(page);
  });

  it('Zhejiang’s task tree: overdue tasks first on every level, the hub’s exact progress in each bar, the roll-up', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    await openView(page, 'Reform tasks');
    await page.locator('[role=progressbar]').first().waitFor();
    const token = await t.token('330000', 'LEAD');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const api = await post(t.url, 'query($y: Int!) { tasks(under: "330000", first: 100) { edges { node { title progress overdue } } } taskRollup(bodyCode: "330000", year: $y) { total overdue averageProgress } }', { y: year }, token);
    const { tasks, taskRollup } = api.data as { tasks: { edges: { node: { title: string; progress: string; overdue: boolean } }[] }; taskRollup: { total: number; overdue: number; averageProgress: string } };
    const listed = tasks.edges.map((e) => e.node);
    expect(listed.some((x) => x.overdue) && listed.some((x) => !x.overdue)).toBe(true);

    // On every level of the tree, no on-track task comes before an overdue one; and some level has both.
    const levels = await page.locator('ul.tree').evaluateAll((uls) =>
      uls.map((ul) => Array.from((ul as unknown as { children: ArrayLike<{ getAttribute(n: string): string | null }> }).children).map((li) => li.getAttribute('data-overdue'))),
    );
    for (const level of levels) expect(level.join(',')).toBe([...level].sort((a, b) => Number(b === 'true') - Number(a === 'true')).join(','));
    expect(levels.some((l) => l.includes('true') && l.includes('false'))).toBe(true);

    const overdue = listed.find((x) => x.overdue)!;
    const item = page.locator('li.task', { has: page.locator(':scope > .task-row .task-title', { hasText: new RegExp(`^${overdue.title.replace(/[()（）]/g, '.')}$`) }) }).first();
    const bar = item.locator(':scope > .task-row [role=progressbar]');
    expect(await bar.getAttribute('aria-valuenow')).toBe(overdue.progress);
    expect(await bar.getAttribute('aria-valuetext')).toBe(`${overdue.progress}%`);
    expect(await bar.getAttribute('aria-valuenow')).toMatch(/^\d{1,3}\.\d{2}$/); // the Percentage string, not a float's rendering
    await item.locator(':scope > .task-row .badge.overdue').waitFor();

    const figure = (name: string) => page.locator('.figure', { has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd');
    expect(await figure('Tasks').innerText()).toBe(String(taskRollup.total));
    expect(await figure('Overdue').innerText()).toBe(String(taskRollup.overdue));
    expect(await figure('Average progress').innerText()).toBe(`${taskRollup.averageProgress}%`);
    await expectNoStackTrace(page);
  });

  it('Hangzhou sees its overdue rectification order; CN-REFORM sees the inspection it leads with its findings and orders', async () => {
    const officer = pages.officer;
    await useLanguage(officer, 'en');
    await openView(officer, 'Supervision');
    const row = officer.locator('table.orders-received tbody tr', { has: officer.locator('.badge.overdue') });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('浙江省“最多跑一次”改革落实情况联合实地督察');

    const lead = await signIn(browser, t, 'CN-REFORM', ['OFFICER', 'LEAD']);
    await useLanguage(lead, 'en');
    await openView(lead, 'Supervision');
    const card = lead.locator('li.card.inspection', { hasText: '浙江省“最多跑一次”改革落实情况联合实地督察' });
    await card.waitFor();
    expect(await card.locator('ul.findings > li').count()).toBeGreaterThanOrEqual(3);
    await card.locator('ul.orders li', { hasText: 'Verified' }).first().waitFor();
    const late = card.locator('ul.orders li', { has: lead.locator('.badge.overdue') });
    expect(await late.count()).toBe(1);
    expect(await late.innerText()).toContain('Addressee: 杭州市');
    expect(await seriousViolations(lead)).toEqual([]);
    await expectNoStackTrace(lead);
    await lead.context().close();
  });
});

describe('the evaluations view shows the demo', () => {
  it('this year’s ZJ-CITIES evaluation: Zhejiang’s 11 cities ranked from 1, each total the API’s exact string, the full hash labelled', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    await openView(page, 'Evaluations');
    const rows = page.locator('table.evaluations tbody tr');
    await rows.first().waitFor();
    await page.locator('.chart svg').waitFor(); // the lazy chart chunk loaded and drew
    const token = await t.token('330000', 'LEAD');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    // The system's id from one city's performance, then the evaluations query itself: the same figures by another path.
    const perf = await post(t.url, 'query($y: Int!) { body(code: "330100") { performance(year: $y) { system { id code } } } }', { y: year }, token);
    const system = (perf.data?.body as { performance: { system: { id: string; code: string } }[] }).performance.find((e) => e.system.code === 'ZJ-CITIES')!.system;
    const api = await post(t.url, 'query($s: ID!, $p: String!) { evaluations(systemId: $s, period: $p, first: 100) { edges { node { total rank status inputsHash body { name parent { code } } } } } }', { s: system.id, p: String(year) }, token);
    type Row = { total: string; rank: number | null; status: string; inputsHash: string; body: { name: string; parent: { code: string } | null } };
    const published = (api.data?.evaluations as { edges: { node: Row }[] }).edges.map((e) => e.node).filter((e) => e.status === 'PUBLISHED' && e.body.parent?.code === '330000');
    expect(published).toHaveLength(11);

    expect(await rows.count()).toBe(11);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = Array.from((tr as unknown as { children: ArrayLike<{ textContent: string | null }> }).children).map((c) => (c.textContent ?? '').trim());
        return { rank: cells[0], name: cells[1], total: cells[2], status: cells[3] };
      }),
    );
    expect(shown[0].rank).toBe('1');
    const ranks = shown.map((r) => Number(r.rank));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const row of shown) {
      const e = published.find((p) => p.body.name === row.name)!;
      expect(e, row.name).toBeDefined();
      expect(row.total).toBe(e.total); // the Decimal string, not a float's rendering
      expect(row.total).toMatch(/^\d{1,3}\.\d{4}$/);
      expect(row.rank).toBe(String(e.rank));
      expect(row.status).toBe('Published');
    }
    const first = published.find((p) => p.body.name === shown[0].name)!;
    await page.locator(`table.evaluations code[title="${first.inputsHash}"]`).waitFor();
    expect(await page.getByLabel(`Inputs hash (SHA-256): ${first.inputsHash}`).count()).toBe(1);
    // Its components open from the keyboard.
    const summary = page.locator('details.components summary', { hasText: shown[0].name });
    await summary.focus();
    await page.keyboard.press('Enter');
    const components = page.locator('details.components[open] tbody tr');
    await components.first().waitFor();
    expect(await components.count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoStackTrace(page);
  });
});

describe('the pilots view shows the demo', () => {
  it('Hangzhou’s running pilot and Ningbo’s, scaled up after its evaluation; details open from the keyboard', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    await openView(page, 'Pilots');
    const rows = page.locator('table.pilots tbody tr');
    await rows.first().waitFor();
    const running = rows.filter({ hasText: 'ZJ-PILOT-HZ-DATA' });
    const scaled = rows.filter({ hasText: 'ZJ-PILOT-NB-ONE-THING' });
    expect(await running.locator('td', { hasText: 'Running' }).count()).toBe(1);
    expect(await scaled.locator('td', { hasText: 'Scaled up' }).count()).toBe(1);
    const summary = page.locator('details.pilot summary', { hasText: '宁波' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.locator('details.pilot[open] .scaled-up').waitFor();
    expect(await page.locator('details.pilot[open] .pilot-evaluation').textContent()).toMatch(/total \d{1,3}\.\d{4}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoStackTrace(page);
  });
});

describe('the task tree is live', () => {
  it('a progress report from Hangzhou moves its bar and the parent’s on Zhejiang’s page without reload (taskActivity)', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    await openView(page, 'Reform tasks');
    await page.locator('[role=progressbar]').first().waitFor();
    const api = await post(t.url, '{ tasks(under: "330100", status: IN_PROGRESS, first: 100) { edges { node { id title progress parent { title progress } } } } }', {}, await t.token('330000', 'LEAD'));
    const task = (api.data as { tasks: { edges: { node: { id: string; title: string; progress: string; parent: { title: string; progress: string } | null } }[] } }).tasks.edges
      .map((e) => e.node)
      .find((x) => x.parent && Number(x.progress) < 90)!;
    const bar = (title: string) => page.locator('li.task', { has: page.locator(':scope > .task-row .task-title', { hasText: title }) }).first().locator(':scope > .task-row [role=progressbar]');
    expect(await bar(task.title).getAttribute('aria-valuenow')).toBe(task.progress);
    const reported = await t.run(
      ReportTaskProgressDocument,
      { input: { taskId: task.id, percent: '93.25', period: `${new Date().getUTCFullYear()}-12`, narrative: '系统对接完成，进入试运行。' } },
      '330100:OFFICER',
    );
    expect(reported.data?.reportTaskProgress.userErrors).toEqual([]);
    await expect.poll(() => bar(task.title).getAttribute('aria-valuenow'), { timeout: 2000, interval: 100 }).toBe('93.25');
    // The parent's roll-up moved in the same transaction, and the page shows the hub's new figure.
    const after = await post(t.url, 'query($id: ID!) { node(id: $id) { ... on ReformTask { parent { progress } } } }', { id: task.id }, await t.token('330000', 'LEAD'));
    const parentProgress = (after.data?.node as { parent: { progress: string } }).parent.progress;
    expect(parentProgress).not.toBe(task.parent!.progress);
    await expect.poll(() => bar(task.parent!.title).getAttribute('aria-valuenow'), { timeout: 2000, interval: 100 }).toBe(parentProgress);
    await expectNoStackTrace(page);
  });
});

describe('rectification orders are live', () => {
  it('an order issued to Hangzhou appears on its supervision view without reload (rectificationOrderReceived)', async () => {
    const page = pages.officer;
    await useLanguage(page, 'en');
    await openView(page, 'Supervision');
    await page.locator('table.orders-received tbody tr').first().waitFor();
    const inspection = await plan(t, '330000-REFORM', { subjectCodes: ['330100'], title: '营商环境专项督察' });
    await visit(t, '330000-REFORM:OFFICER', inspection.id, '330100');
    const finding = await find(t, '330000-REFORM:OFFICER', inspection.id, '330100');
    const requirements = `三十日内完成企业开办流程再造 ${Date.now()}`;
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const issued = await t.run(IssueRectificationOrderDocument, { input: { findingIds: [finding.id], requirements, deadline } }, '330000-REFORM:LEAD');
    expect(issued.data?.issueRectificationOrder.userErrors).toEqual([]);
    const row = page.locator('table.orders-received tbody tr', { hasText: requirements });
    await row.waitFor({ timeout: 2000 });
    expect(await row.innerText()).toContain('营商环境专项督察');
    expect(await row.locator('.badge.overdue').count()).toBe(0);
    await expectNoStackTrace(page);
  });
});

describe('an open decision is live', () => {
  it('a risk assessment recorded on the Zhejiang draft turns its stage completed and leaves the missing list (decisionActivity)', async () => {
    const page = pages.lead;
    await useLanguage(page, 'en');
    await openView(page, 'Reform decisions');
    const title = '浙江省深化“最多跑一次”改革推进政府数字化转型的决定（征求意见稿）';
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const stage = page.locator('.timeline li[data-stage=RISK_ASSESSMENT]');
    await stage.waitFor();
    expect(await stage.getAttribute('class')).not.toContain('stage-COMPLETED');
    await page.locator('ul.missing li', { hasText: /^Risk assessment$/ }).waitFor();
    const decisionId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    const recorded = await t.run(RecordRiskAssessmentDocument, { input: { decisionId, assessorCode: '330000-DRC', dimensions: [{ area: 'IMPLEMENTATION', likelihood: 2, impact: 2 }], controllable: true } }, '330000-DRC:OFFICER+LEAD');
    expect(recorded.data?.recordRiskAssessment.userErrors).toEqual([]);
    await page.locator('.timeline li.stage-COMPLETED[data-stage=RISK_ASSESSMENT]').waitFor({ timeout: 2000 });
    expect(await stage.innerText()).toContain('Completed by: 浙江省发展和改革委员会');
    await page.locator('ul.missing li', { hasText: /^Risk assessment$/ }).waitFor({ state: 'detached' });
    await expectNoStackTrace(page);
  });
});
