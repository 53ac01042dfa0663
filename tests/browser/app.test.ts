import { afterAll, describe } from 'vitest';
import { closeBrowser } from './support/browser';

// The web app's suites, as one test file: vitest runs a file in one worker, so the suites run one
// after another (one Chromium at a time: the live ones hold a 2-second promise) on one worker,
// while the other projects' files use the other, instead of a group of their own after them.
// Each suite is imported inside its describe, so its hooks (a hub, its pages) are its own; the
// suites share one Chromium, closed after the last.
afterAll(closeBrowser);
describe('serving the app', async () => {
  await import('./serving.suite.js');
});
describe('the JavaScript budget', async () => {
  await import('./budget.suite.js');
});
describe('refusals', async () => {
  await import('./refusals.suite.js');
});
describe('live directives', async () => {
  await import('./live-directives.suite.js');
});
describe('the views', async () => {
  await import('./views.suite.js');
});
