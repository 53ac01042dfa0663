// @vitest-environment happy-dom
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { ErrorBoundary, ErrorNote, UserErrors } from './Errors';
import { useScreen } from '../test-screen';

// How failures reach the screen: the hub's message and code, never a stack trace.
const screen = useScreen();

const STACK = /\bat \S+ \(|:\d+:\d+/;

describe('errors on screen', () => {
  it('shows the hub’s GraphQL errors with their codes, as an alert', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Only a LEAD of 330100 may issue directives.', extensions: { code: 'FORBIDDEN' } }] });
    const text = screen.render(<ErrorNote error={error} />);
    expect(text).toContain('中枢答复');
    expect(text).toContain('Only a LEAD of 330100 may issue directives.');
    expect(text).toContain('FORBIDDEN');
    expect(screen.container.querySelector('[role=alert]')).not.toBeNull();
  });

  it('reads the hub’s message out of a non-2xx response', () => {
    const body = JSON.stringify({ errors: [{ message: 'Invalid bearer token: token has expired.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('Response not successful', { response: new Response(body, { status: 401 }), bodyText: body });
    expect(screen.render(<ErrorNote error={error} />, 'en')).toMatch(/The hub answered.*Invalid bearer token: token has expired\..*UNAUTHENTICATED/);
  });

  it('turns anything else into a plain sentence without its stack', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'node')");
    expect(error.stack).toMatch(STACK);
    const text = screen.render(<ErrorNote error={error} />);
    expect(text).toBe('无法连接到中枢，请检查网络后重试。');
    expect(text).not.toMatch(STACK);
  });

  it('shows business refusals (userErrors) with their codes, and nothing when there are none', () => {
    expect(screen.render(<UserErrors errors={[{ code: 'GRANTEE_NOT_BELOW', message: 'The grantee is not below the grantor.' }]} />, 'en')).toContain('GRANTEE_NOT_BELOW');
    expect(screen.render(<UserErrors errors={[]} />)).toBe('');
  });

  it('a view that throws while rendering leaves a sentence, not a stack', () => {
    const Broken = (): React.ReactNode => {
      throw new Error('boom at Broken (InboxView.tsx:12:7)');
    };
    const original = console.error;
    console.error = () => undefined; // React reports the caught error; the test only reads the screen
    try {
      const text = screen.render(
        <ErrorBoundary fallback={<p role="alert">{translator('zh')('genericError')}</p>}>
          <Broken />
        </ErrorBoundary>,
      );
      expect(text).toBe('出现了意外错误，请刷新页面重试。');
      expect(text).not.toMatch(/boom|InboxView/);
    } finally {
      console.error = original;
    }
  });
});
