import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssueDirectiveDocument, PostThreadMessageDocument, SubmitFeedbackDocument } from '../generated/graphql';
import { startTestHub, TestHub } from '../support/hub';
import { post } from '../support/raw';
import { expectNoStackTrace, launchBrowser, newPage, originOf, screenshot, seriousViolations, signIn } from './support/browser';

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
  await browser?.close();
  await t?.stop();
});

describe.each(['zh', 'en'] as const)('every view in %s', (lang) => {
  beforeAll(async () => {
    for (const page of Object.values(pages)) {
      const switchTo = lang === 'en' ? 'English' : '中文';
      const button = page.getByRole('banner').getByRole('button', { name: new RegExp(switchTo) });
      if (await button.count()) await button.click();
      await page.waitForFunction((l) => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang.startsWith(l), lang);
    }
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

describe('live beyond the inbox (pages of the tests above, now in English)', () => {
  it('feedback from Hangzhou appears in Zhejiang’s feedback inbox without reload, and is answered there', async () => {
    const page = pages.lead;
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
    await page.locator('#thread-subject').waitFor(); // still on the thread view of the last pass
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
